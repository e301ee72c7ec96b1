package dev.posttrends.testing;

import dev.posttrends.config.JobSpec;
import java.nio.file.Path;
import java.util.List;

/** The job most run tests make: one input root, one output, an explicit time zone. */
public final class Jobs {

  private Jobs() {}

  /** A spec reading {@code site} into {@code out} with dates in {@code zone}, all stages. */
  public static JobSpec spec(Path site, Path out, String zone) {
    return JobSpec.defaults()
        .withInputs(List.of(site.toString()))
        .withOutput(out.toString())
        .withTimezone(zone);
  }

  /** The same job as command-line arguments of {@code Main}, ingest stage only. */
  public static List<String> ingestArgs(Path site, Path out, String zone) {
    return List.of(
        "run",
        "--input",
        site.toString(),
        "--output",
        out.toString(),
        "--timezone",
        zone,
        "--stages",
        "ingest");
  }
}
