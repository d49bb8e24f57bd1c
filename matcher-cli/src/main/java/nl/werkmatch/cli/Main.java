package nl.werkmatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matcher} command line: indexing, validation, matching, generation and instruments. */
@Command(
    name = "matcher",
    mixinStandardHelpOptions = true,
    version = "werkmatch 0.1.0",
    description = "Explainable matching of job seekers and vacancies under the Participatiewet.",
    subcommands = {
      ValidateCommand.class,
      IndexCommand.class,
      DeleteCommand.class,
      ExportCommand.class,
      CheckCommand.class,
      MatchCommand.class,
      WhyNotCommand.class,
      BatchCommand.class,
      GenerateCommand.class,
      LksCommand.class,
      EvalCommand.class,
      CompareCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Lucene announces its vectorisation provider at INFO; held here so the level sticks. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.WARNING);
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("error: " + Terminal.escape(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("WERKMATCH_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    java.io.PrintStream out = System.out;
    System.setOut(new Terminal.EscapingPrintStream(out)); // record text never drives the terminal
    try {
      return cl.execute(args);
    } finally {
      System.out.flush();
      System.setOut(out);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
