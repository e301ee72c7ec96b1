package dev.posttrends.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code posttrends} in a child JVM, as the launcher does ({@code jobs/posttrends}): the
 * test classpath, Spark's Java 17 module options, the test session's settings; stdout and stderr go
 * to one log file.
 */
public final class ChildRun {

  /** The module options of {@code jobs/posttrends} (Spark's JavaModuleOptions). */
  static final List<String> MODULE_OPTIONS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  private ChildRun() {}

  /**
   * Starts {@code Main} with {@code args} (then the test session's {@code --conf}s); the JVM's
   * temporary files (Spark's local dirs) go under {@code tmp}, its output to {@code log}.
   */
  public static Process start(Path tmp, Path log, List<String> args) throws IOException {
    return start(tmp, log, List.of(), args);
  }

  /** As {@link #start(Path, Path, List)}, with more JVM options ({@code -Dkey=value}). */
  public static Process start(Path tmp, Path log, List<String> jvmOptions, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx1g",
            "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8",
            "-Djava.io.tmpdir=" + tmp));
    command.addAll(MODULE_OPTIONS);
    command.addAll(jvmOptions);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "dev.posttrends.cli.Main"));
    command.addAll(args);
    command.addAll(List.of(TestSessions.confArgs()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
