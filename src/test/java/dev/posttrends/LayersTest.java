package dev.posttrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house's layers, read from the main sources' import lines: each package imports only its own
 * layer's code and the layers below, and the extraction core imports neither Spark, Hadoop nor file
 * reading. A new top-level package must be given a layer here.
 */
class LayersTest {
  private static final Path MAIN = Path.of("src/main/java/dev/posttrends");

  /** Lower numbers sit lower; a package may import packages of a lower number only. */
  private static final Map<String, Integer> LAYER =
      Map.of(
          "extract", 0,
          "io", 0,
          "config", 1,
          "generate", 1,
          "ingest", 2,
          "aggregate", 2,
          "pipeline", 3,
          "report", 4,
          "cli", 5);

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void everyPackageImportsOnlyTheLayersBelowIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : sources()) {
      String from = MAIN.relativize(file).getName(0).toString();
      assertTrue(LAYER.containsKey(from), "give package '" + from + "' a layer in LayersTest");
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        String name = m.group(1);
        if (!name.startsWith("dev.posttrends.")) {
          continue;
        }
        String to = name.substring("dev.posttrends.".length()).split("\\.")[0];
        if (!to.equals(from) && LAYER.getOrDefault(to, 99) >= LAYER.get(from)) {
          wrong.add(MAIN.relativize(file) + " imports " + name);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theExtractionCoreReadsNoFilesAndKnowsNoSpark() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : sources()) {
      if (!MAIN.relativize(file).getName(0).toString().equals("extract")) {
        continue;
      }
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        String name = m.group(1);
        if (name.startsWith("org.apache.spark")
            || name.startsWith("org.apache.hadoop")
            || name.startsWith("java.nio.file")
            || name.equals("java.io.File")
            || name.equals("java.io.FileInputStream")) {
          wrong.add(MAIN.relativize(file) + " imports " + name);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static List<Path> sources() throws IOException {
    assertTrue(Files.isDirectory(MAIN), "run from the project folder: " + MAIN.toAbsolutePath());
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<Path> out = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      assertTrue(out.size() > 50, "too few sources found under " + MAIN);
      return out;
    }
  }
}
