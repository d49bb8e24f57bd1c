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
      MatchCommand.class,
      WhyNotCommand.class,
      GenerateCommand.class,
      LksCommand.class,
      EvalCommand.class,
      CompareCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("WERKMATCH_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
