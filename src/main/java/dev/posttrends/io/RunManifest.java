package dev.posttrends.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json}: what a run read, what it wrote, and how long each stage took. Built as a
 * JSON tree by the job and written with Jackson through Hadoop's FileSystem API.
 */
public final class RunManifest {

  public static final String FILE_NAME = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode stages;

  public RunManifest() {
    root.put("manifest_version", 1);
    stages = JSON.createObjectNode();
  }

  public ObjectNode root() {
    return root;
  }

  /** Records the seconds a stage took, in the order stages ran. */
  public synchronized void stage(String name, long startNanos) {
    stages.put(name, Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
  }

  /** Seconds per stage so far. */
  public ObjectNode stages() {
    return stages;
  }

  public void write(String path, Configuration conf) {
    root.set("stage_seconds", stages);
    writeTree(root, path, conf);
  }

  /** Writes a manifest tree: to a temporary file first, renamed over {@code path} when complete. */
  public static void writeTree(ObjectNode tree, String path, Configuration conf) {
    Path file = new Path(path);
    Path partial = new Path(file.getParent(), "." + file.getName() + ".partial");
    try {
      FileSystem fs = file.getFileSystem(conf);
      try (OutputStream out = fs.create(partial, true)) {
        JSON.writeValue(out, tree);
      }
      fs.delete(file, false);
      if (!fs.rename(partial, file)) {
        throw new IOException("rename " + partial + " -> " + file + " returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write run manifest " + path, e);
    }
  }

  public static ObjectNode read(String path, Configuration conf) {
    Path file = new Path(path);
    try (InputStream in = FileSystem.get(file.toUri(), conf).open(file)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read run manifest " + path, e);
    }
  }

  /** This build's version, from the filtered {@code posttrends.properties}. */
  public static String version() {
    return property("version");
  }

  private static String property(String name) {
    Properties props = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/posttrends.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read posttrends.properties", e);
    }
    return props.getProperty(name, "unknown");
  }
}
