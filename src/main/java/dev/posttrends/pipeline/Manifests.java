package dev.posttrends.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.config.JobSpec;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.ingest.InputRoot;
import dev.posttrends.io.RunManifest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Fills the run manifest: the job as run, then the counts and the tables written. */
final class Manifests {

  private Manifests() {}

  static void describeJob(
      RunManifest manifest,
      SparkSession spark,
      JobSpec spec,
      List<InputRoot> roots,
      ParserOptions options,
      String runId) {
    ObjectNode root = manifest.root();
    root.put("run_id", runId);
    root.put("started_at", Instant.now().toString());
    ObjectNode versions = root.putObject("versions");
    versions.put("posttrends", RunManifest.version());
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    ObjectNode job = root.putObject("job");
    ObjectNode inputs = job.putObject("inputs");
    for (InputRoot input : roots) {
      ObjectNode node = inputs.putObject(input.given());
      node.put("qualified", input.qualified());
      node.put("config_timezone", input.configZone());
    }
    job.putPOJO("include", spec.include());
    job.putPOJO("exclude", spec.exclude());
    job.put("timezone", options.jobZoneId());
    job.put(
        "timezone_source",
        spec.timezone() != null
            ? "job"
            : options.rootZoneIds().isEmpty() ? "default" : "_config.yml");
    job.put("master", spark.sparkContext().master());
    job.put("max_file_bytes", spec.maxFileBytes());
    job.put("max_reject_fraction", spec.maxRejectFraction());
    job.put("force", spec.force());
    job.put("since", spec.since() == null ? null : spec.since().toString());
    job.put("until", spec.until() == null ? null : spec.until().toString());
    job.put("full", spec.full());
  }

  /** How much of the run was read and how much carried over from the previous raw table. */
  static void describeIncrement(
      RunManifest manifest, long filesRead, long goneOrChanged, Accounting a) {
    ObjectNode raw = manifest.root().putObject("raw");
    raw.put("files_read_now", filesRead);
    raw.put("files_reused", a.filesRead() - filesRead);
    raw.put("previous_files_gone_or_changed", goneOrChanged);
  }

  /**
   * A succeeded run: {@code a} counts all inputs, {@code kept} the posts and facts in the tables
   * (fewer when --since/--until leave posts out).
   */
  static void describeResult(
      RunManifest manifest,
      Accounting a,
      Accounting kept,
      Map<String, Long> counted,
      String output) {
    ObjectNode root = describeCounts(manifest, a, output, "succeeded");
    root.put("post_terms", a.postTerms());
    ObjectNode range = root.putObject("range");
    range.put("posts_outside", a.posts() - kept.posts());
    ObjectNode tables = root.putObject("tables");
    table(tables, IngestJob.POSTS, "published_month", kept.posts());
    table(tables, IngestJob.METRICS, "published_month", kept.metrics());
    table(tables, IngestJob.DATE_MENTIONS, "published_month", kept.dateMentions());
    counted.forEach(
        (name, rows) ->
            table(tables, name, name.startsWith("trends/") ? "period" : "published_month", rows));
    table(tables, IngestJob.REJECTS, "reason", a.rejects());
  }

  /** A run that failed after reading: its counts, why, and the one table kept (rejects). */
  static void describeFailure(RunManifest manifest, Accounting a, String output, String error) {
    ObjectNode root = describeCounts(manifest, a, output, "failed");
    root.put("error", error);
    table(root.putObject("tables"), IngestJob.REJECTS, "reason", a.rejects());
  }

  private static ObjectNode describeCounts(
      RunManifest manifest, Accounting a, String output, String status) {
    ObjectNode root = manifest.root();
    root.put("status", status);
    root.put("finished_at", Instant.now().toString());
    root.put("output", output);
    ObjectNode inputs = root.putObject("inputs");
    inputs.put("files_listed", a.filesListed());
    inputs.put("files_excluded", a.filesExcluded());
    inputs.put("files_read", a.filesRead());
    inputs.put("jsonl_files", a.jsonlFiles());
    inputs.put("total", a.inputs());
    root.put("posts", a.posts());
    root.putPOJO("executors", a.executors());
    ObjectNode rejects = root.putObject("rejects");
    rejects.put("total", a.rejects());
    ObjectNode byReason = rejects.putObject("by_reason");
    a.rejectsByReason().forEach(byReason::put);
    return root;
  }

  private static void table(ObjectNode tables, String name, String partition, long rows) {
    ObjectNode table = tables.putObject(name);
    table.put("path", name);
    table.put("format", "parquet");
    table.putArray("partitioned_by").add(partition);
    table.put("rows", rows);
  }
}
