package dev.posttrends.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The project's JMH settings: 1 fork, 2 warm-ups and 3 measured iterations of 2 s, 1 thread. */
final class Jmh {

  private Jmh() {}

  static void run(Class<?> benchmark) throws RunnerException {
    new Runner(
            new OptionsBuilder()
                .include(benchmark.getName())
                .forks(1)
                .jvmArgs("-Xmx1g", "-Dfile.encoding=UTF-8")
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .threads(1)
                .build())
        .run();
  }
}
