package dev.posttrends.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.extract.RejectReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run over a generated corpus must report, written as {@code expected-counts.json}: input
 * files, posts (including those read with lenient front matter), rejects by reason, posts per
 * medium (category) and bytes. Not thread-safe: one per writing task, then {@link #merge}.
 */
public final class ExpectedCounts {

  /** The file name in the corpus root. */
  public static final String FILE_NAME = "expected-counts.json";

  private long files;
  private long posts;
  private long lenient;
  private long bytes;
  private final Map<RejectReason, Long> rejects = new EnumMap<>(RejectReason.class);
  private final Map<String, Long> postsByMedium = new TreeMap<>();

  /** Counts one written file. */
  public void add(CorpusPlan.Planned planned, long size) {
    files++;
    bytes += size;
    RejectReason reason = planned.kind().reason();
    if (reason != null) {
      rejects.merge(reason, 1L, Long::sum);
      return;
    }
    posts++;
    postsByMedium.merge(planned.medium().folder(), 1L, Long::sum);
    if (planned.kind().lenient()) {
      lenient++;
    }
  }

  /** Adds another task's counts to these. */
  public void merge(ExpectedCounts other) {
    files += other.files;
    posts += other.posts;
    lenient += other.lenient;
    bytes += other.bytes;
    other.rejects.forEach((k, v) -> rejects.merge(k, v, Long::sum));
    other.postsByMedium.forEach((k, v) -> postsByMedium.merge(k, v, Long::sum));
  }

  public long files() {
    return files;
  }

  public long posts() {
    return posts;
  }

  public long lenient() {
    return lenient;
  }

  public long bytes() {
    return bytes;
  }

  /** Rejects by reason, only the reasons that occur. */
  public Map<RejectReason, Long> rejects() {
    return Map.copyOf(rejects);
  }

  public long rejectTotal() {
    return rejects.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Writes the counts and the plan they came from as JSON. */
  public void write(Path file, CorpusPlan plan) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("seed", plan.seed());
    root.put("bad_fraction", plan.badFraction());
    root.put("files", files);
    root.put("bytes", bytes);
    root.put("posts", posts);
    root.put("lenient_front_matter", lenient);
    root.put("rejects", rejectTotal());
    ObjectNode byReason = root.putObject("rejects_by_reason");
    rejects.forEach((reason, n) -> byReason.put(reason.name(), n));
    ObjectNode byMedium = root.putObject("posts_by_category");
    postsByMedium.forEach(byMedium::put);
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }
}
