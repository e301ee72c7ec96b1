package dev.posttrends.ingest;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * How a listed file's location travels from the listing to the task that reads it: as the string
 * form of its {@link URI} (every character a POSIX name may hold — {@code :}, {@code #}, {@code %},
 * {@code ?}, {@code [}, {@code {}, spaces, non-ASCII — percent-encoded), turned back into the same
 * {@link Path} with {@link #parse}. Never {@code new Path(String)}: that parses a name such as
 * {@code 2014:11:13:post.md} as a URI with a scheme, or drops what follows {@code #}.
 */
public final class InputPaths {

  private InputPaths() {}

  /** The path as a string {@link #parse} turns back into an equal path. */
  public static String of(Path path) {
    return path.toUri().toString();
  }

  /** The path {@link #of} wrote. */
  public static Path parse(String uri) {
    return new Path(URI.create(uri));
  }

  /**
   * The file system to read an input with. For a checksummed one (Hadoop's local file system) the
   * raw one under it: inputs have no {@code .crc} side files, and the checksummed one builds a
   * {@code .crc} name by parsing {@code "." + name + ".crc"} as a path, which fails for a name
   * holding a colon.
   */
  public static FileSystem readerFor(Path file, Configuration conf) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }
}
