package dev.posttrends.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a job spec ({@code jobs/*.yaml}). Unknown keys are errors that name the key, so a typo
 * never silently falls back to a default. Relative local paths in a spec are resolved against the
 * spec file's folder, so a spec works from any working directory.
 */
public final class JobSpecLoader {

  static final Set<String> KEYS =
      Set.of(
          "name",
          "description",
          "inputs",
          "include",
          "exclude",
          "timezone",
          "output",
          "spark",
          "limits",
          "stages",
          "force",
          "since",
          "until",
          "keywords",
          "report");
  static final Set<String> LIMIT_KEYS =
      Set.of("max_file_bytes", "max_reject_fraction", "files_per_task");

  private JobSpecLoader() {}

  public static JobSpec load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new JobSpecException("Cannot parse job spec " + file + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new JobSpecException("Cannot read job spec " + file + ": " + e);
    }
    if (root == null || !root.isObject()) {
      throw new JobSpecException("Job spec " + file + " must be a mapping of keys, e.g. 'inputs:'");
    }
    Path base = file.toAbsolutePath().getParent();
    JobSpec spec = JobSpec.defaults();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode value = root.get(key);
      spec =
          switch (key) {
            case "name", "description" -> spec;
            case "inputs" ->
                spec.withInputs(
                    strings(file, key, value).stream().map(p -> resolve(base, p)).toList());
            case "include" -> spec.withInclude(strings(file, key, value));
            case "exclude" -> spec.withExclude(strings(file, key, value));
            case "timezone" -> spec.withTimezone(TimeZones.checked(file + ": timezone", value.asText()));
            case "output" -> spec.withOutput(resolve(base, value.asText()));
            case "spark" -> spec.withSpark(sparkSettings(file, value));
            case "limits" -> limits(file, spec, value);
            case "stages" -> spec.withStages(strings(file, key, value));
            case "force" -> spec.withForce(bool(file, key, value));
            case "since" -> spec.withRange(date(file, key, value), spec.until());
            case "until" -> spec.withRange(spec.since(), date(file, key, value));
            case "keywords" -> keywords(file, spec, value);
            case "report" -> spec.withReport(bool(file, key, value));
            default ->
                throw new JobSpecException(
                    "Unknown key '"
                        + key
                        + "' in job spec "
                        + file
                        + "; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
          };
    }
    return spec;
  }

  private static java.time.LocalDate date(Path file, String key, JsonNode value) {
    try {
      return java.time.LocalDate.parse(value.asText());
    } catch (DateTimeException e) {
      throw new JobSpecException(
          "Key '"
              + key
              + "' in "
              + file
              + " must be a date YYYY-MM-DD, not '"
              + value.asText()
              + "'");
    }
  }

  /** {@code keywords: {segmenter: fast | accurate}}. */
  private static JobSpec keywords(Path file, JobSpec spec, JsonNode node) {
    if (!node.isObject()) {
      throw new JobSpecException("Key 'keywords' in " + file + " must be a mapping");
    }
    JobSpec out = spec;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("segmenter")) {
        throw new JobSpecException(
            "Unknown key 'keywords." + key + "' in job spec " + file + "; known keys: segmenter");
      }
      out = out.withSegmenter(node.get(key).asText());
    }
    return out;
  }

  private static JobSpec limits(Path file, JobSpec spec, JsonNode node) {
    if (!node.isObject()) {
      throw new JobSpecException("Key 'limits' in " + file + " must be a mapping");
    }
    long maxBytes = spec.maxFileBytes();
    double fraction = spec.maxRejectFraction();
    int perTask = spec.filesPerTask();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode value = node.get(key);
      switch (key) {
        case "max_file_bytes" -> maxBytes = positive(file, key, value).longValue();
        case "max_reject_fraction" -> fraction = positive(file, key, value).doubleValue();
        case "files_per_task" -> perTask = positive(file, key, value).intValue();
        default ->
            throw new JobSpecException(
                "Unknown key 'limits."
                    + key
                    + "' in job spec "
                    + file
                    + "; known keys: "
                    + String.join(", ", LIMIT_KEYS.stream().sorted().toList()));
      }
    }
    return spec.withLimits(maxBytes, fraction, perTask);
  }

  private static Number positive(Path file, String key, JsonNode value) {
    if (!value.isNumber() || value.doubleValue() <= 0) {
      throw new JobSpecException(
          "Key 'limits."
              + key
              + "' in "
              + file
              + " must be a positive number, not '"
              + value
              + "'");
    }
    return value.numberValue();
  }

  private static boolean bool(Path file, String key, JsonNode value) {
    if (!value.isBoolean()) {
      throw new JobSpecException(
          "Key '" + key + "' in " + file + " must be true or false, not '" + value + "'");
    }
    return value.booleanValue();
  }

  private static List<String> strings(Path file, String key, JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> out.add(item.asText()));
    } else if (value.isValueNode() && !value.isNull()) {
      out.add(value.asText());
    } else {
      throw new JobSpecException("Key '" + key + "' in " + file + " must be a list of strings");
    }
    return out;
  }

  private static Map<String, String> sparkSettings(Path file, JsonNode value) {
    if (!value.isObject()) {
      throw new JobSpecException("Key 'spark' in " + file + " must be a mapping of Spark settings");
    }
    Map<String, String> out = new LinkedHashMap<>();
    value
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().startsWith("spark.")) {
                throw new JobSpecException(
                    "Key 'spark."
                        + e.getKey()
                        + "' in "
                        + file
                        + " is not a Spark setting: write the full name, e.g."
                        + " spark.sql.shuffle.partitions");
              }
              out.put(e.getKey(), e.getValue().asText());
            });
    return out;
  }

  /** A relative local path against the spec's folder; URIs with a scheme stay as they are. */
  static String resolve(Path base, String path) {
    if (path.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      return path;
    }
    return base.resolve(path).normalize().toString();
  }
}
