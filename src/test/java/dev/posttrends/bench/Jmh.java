package dev.posttrends.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The project's JMH settings: 1 fork, 2 warm-ups and 3 measured iterations of 2 s, 1 thread. */
final class Jmh {

  private Jmh() {}

  static void run(Class<?> benchmark) throws RunnerException {
    run(benchmark, "-Xmx1g", "-Dfile.encoding=UTF-8");
  }

  /**
   * The same settings with the fork's JVM options given, for example a pre-touched heap ({@code
   * -Xms1g -Xmx1g -XX:+AlwaysPreTouch}: these VMs page out idle memory, which makes
   * allocation-heavy code 2–3 times slower; see {@code shared/SPARK-NOTES.md}).
   */
  static Collection<RunResult> run(Class<?> benchmark, String... jvmArgs) throws RunnerException {
    return new Runner(
            new OptionsBuilder()
                .include(benchmark.getName())
                .forks(1)
                .jvmArgs(jvmArgs)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .threads(1)
                .build())
        .run();
  }
}
