package dev.posttrends.ingest;

import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.Reject;
import dev.posttrends.extract.RejectReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one listed file through Hadoop's FileSystem API: a post file whole, a JSON Lines file line
 * by line (lazily, so a large dump is never held in memory). An unreadable or oversized file
 * becomes a failure, not an exception.
 */
public final class InputReader {

  /** One input, or why the file could not be turned into inputs at all. */
  public record Item(RawInput input, Reject failure) {}

  private final Configuration conf;
  private final long maxFileBytes;

  public InputReader(Configuration conf, long maxFileBytes) {
    this.conf = conf;
    this.maxFileBytes = maxFileBytes;
  }

  public Iterator<Item> read(
      String path, String root, String relative, long size, long modified, String format) {
    if (RawInput.JSONL.equals(format)) {
      return new JsonLines(path, root, relative, size, modified);
    }
    if (size > maxFileBytes) {
      return List.of(
              failure(
                  RejectReason.FILE_TOO_LARGE,
                  "File "
                      + relative
                      + " has "
                      + size
                      + " bytes, more than limits.max_file_bytes = "
                      + maxFileBytes))
          .iterator();
    }
    try {
      Path file = InputPaths.parse(path);
      FileSystem fs = InputPaths.readerFor(file, conf);
      byte[] bytes;
      try (InputStream in = fs.open(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
      }
      if (bytes.length > maxFileBytes) {
        return List.of(
                failure(
                    RejectReason.FILE_TOO_LARGE,
                    "File "
                        + relative
                        + " has more than limits.max_file_bytes = "
                        + maxFileBytes
                        + " bytes"))
            .iterator();
      }
      return List.of(new Item(RawInput.file(relative, root, bytes, modified), null)).iterator();
    } catch (IOException | RuntimeException e) {
      return List.of(failure(RejectReason.UNREADABLE_FILE, "Cannot read " + relative + ": " + e))
          .iterator();
    }
  }

  /** A file that could not be turned into inputs: nothing of it was read, the message says so. */
  private static Item failure(RejectReason reason, String message) {
    String why =
        reason == RejectReason.FILE_TOO_LARGE
            ? "a file over the limit is not read"
            : "nothing could be read";
    return new Item(null, Reject.withoutExcerpt(reason, message, why));
  }

  /** Lines of a JSON Lines file as inputs; blank lines are not inputs. */
  private final class JsonLines implements Iterator<Item> {
    private final String root;
    private final String relative;
    private final long size;
    private final long modified;
    private BufferedReader reader;
    private Item next;
    private int lineNumber;
    private boolean done;

    JsonLines(String path, String root, String relative, long size, long modified) {
      this.root = root;
      this.relative = relative;
      this.size = size;
      this.modified = modified;
      try {
        Path file = InputPaths.parse(path);
        FSDataInputStream in = InputPaths.readerFor(file, conf).open(file);
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      } catch (IOException e) {
        next = failure(RejectReason.UNREADABLE_FILE, "Cannot read " + relative + ": " + e);
        done = true;
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    private void advance() {
      try {
        String line;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (!line.isBlank()) {
            next =
                new Item(RawInput.jsonLine(relative, lineNumber, root, line, size, modified), null);
            return;
          }
        }
        close();
      } catch (IOException e) {
        next =
            new Item(
                null,
                Reject.withoutExcerpt(
                    RejectReason.UNREADABLE_FILE,
                    "Cannot read " + relative + " after line " + lineNumber + ": " + e,
                    "the read failed"));
        close();
      }
    }

    private void close() {
      done = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot close " + relative, e);
      }
    }
  }
}
