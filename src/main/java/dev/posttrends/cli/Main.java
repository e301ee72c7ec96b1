package dev.posttrends.cli;

import dev.posttrends.config.JobSpecException;
import dev.posttrends.extract.Printable;
import dev.posttrends.pipeline.JobFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * posttrends: {@code posttrends run --input DIR --output DIR [--timezone ZONE] [--job FILE]}. Exit
 * codes: 0 success, 1 the run failed (previous output kept), 2 a bad option or job spec.
 */
@Command(
    name = "posttrends",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Spark batch analytics over Jekyll-style posts.",
    subcommands = {RunCommand.class, ReportCommand.class, GenerateCommand.class})
public final class Main implements Runnable {

  public static final int USAGE_ERROR = 2;
  public static final int RUN_FAILED = 1;

  /**
   * Caps of what an error prints. Messages carry input-derived text (a {@code _config.yml} snippet,
   * file paths, a failed task's message): escaped by {@link Printable}.
   */
  private static final int MESSAGE_CHARS = 2_000;

  private static final int TRACE_CHARS = 50_000;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (tests call this, not main). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** As {@link #execute(String...)}, printing to the given writers. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof JobSpecException) {
            commandLine.getErr().println("posttrends: " + message(e));
            commandLine.getErr().println("Try 'posttrends run --help'.");
            return USAGE_ERROR;
          }
          commandLine.getErr().println("posttrends: run failed: " + message(e));
          if (!(e instanceof JobFailedException)) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            commandLine.getErr().print(Printable.lines(trace.toString(), TRACE_CHARS));
            commandLine.getErr().flush();
          }
          return RUN_FAILED;
        });
    return cli.execute(args);
  }

  private static String message(Exception e) {
    return Printable.line(e.getMessage(), MESSAGE_CHARS);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use 'posttrends run …'");
  }

  /** The build's version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"posttrends " + dev.posttrends.io.RunManifest.version()};
    }
  }
}
