package dev.posttrends.cli;

import dev.posttrends.generate.CorpusGenerator;
import dev.posttrends.generate.CorpusPlan;
import dev.posttrends.generate.ExpectedCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a realistic, deterministic Jekyll corpus for benchmarks and tests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a generated Jekyll site (<medium>/_posts/[<year>/]…md, _config.yml) and"
            + " expected-counts.json.")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec commandSpec;

  @Option(
      names = "--posts",
      required = true,
      paramLabel = "N",
      description = "Files to write, malformed ones included.")
  long posts;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Site folder; must not exist or be empty.")
  Path output;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 42).")
  long seed = 42;

  @Option(
      names = "--bad-fraction",
      paramLabel = "F",
      description = "Share of malformed files, 0 to 1 (default: 0).")
  double badFraction;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Writing threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    if (posts < 0 || !(badFraction >= 0 && badFraction <= 1) || threads < 1) {
      throw new CommandLine.ParameterException(
          commandSpec.commandLine(), "Need --posts >= 0, 0 <= --bad-fraction <= 1, --threads >= 1");
    }
    long start = System.nanoTime();
    ExpectedCounts counts;
    try {
      counts = CorpusGenerator.generate(output, new CorpusPlan(seed, posts, badFraction), threads);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandSpec.commandLine(), e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = commandSpec.commandLine().getOut();
    out.printf(
        "posttrends: generated %d files (%d posts, %d rejects %s), %.1f MB in %.1f s%nOutput: %s%n",
        counts.files(),
        counts.posts(),
        counts.rejectTotal(),
        counts.rejects(),
        counts.bytes() / 1e6,
        seconds,
        output);
    out.flush();
    return 0;
  }
}
