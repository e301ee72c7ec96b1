package dev.posttrends.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.config.TimeZones;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Opens the input roots on the driver: checks they exist and, when the job names no time zone,
 * reads the {@code timezone:} of a Jekyll {@code _config.yml} at each root.
 */
public final class InputRoots {

  private InputRoots() {}

  public static List<InputRoot> open(List<String> inputs, boolean readZones, Configuration conf) {
    if (inputs.isEmpty()) {
      throw new JobSpecException("No input: give --input DIR or 'inputs:' in the job spec");
    }
    List<InputRoot> roots = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        String qualified = fs.makeQualified(path).toString();
        if (!seen.add(qualified)) {
          continue; // the same root twice would read every post twice
        }
        String zone =
            readZones && status.isDirectory()
                ? configZone(fs, new Path(path, "_config.yml"))
                : null;
        roots.add(new InputRoot(input, qualified, status.isFile(), zone));
      } catch (FileNotFoundException e) {
        throw new JobSpecException("Input does not exist: " + input);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open input " + input + ": " + e.getMessage(), e);
      }
    }
    return roots;
  }

  /** The {@code timezone:} of a Jekyll {@code _config.yml}, or null when absent. */
  static String configZone(FileSystem fs, Path config) throws IOException {
    if (!fs.exists(config)) {
      return null;
    }
    JsonNode node;
    try (InputStream in = fs.open(config)) {
      node = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new JobSpecException("Cannot parse " + config + ": " + e.getMessage());
    }
    JsonNode zone = node == null ? null : node.get("timezone");
    if (zone == null || zone.isNull() || zone.asText().isBlank()) {
      return null;
    }
    return TimeZones.checked(config.toString(), zone.asText().trim());
  }
}
