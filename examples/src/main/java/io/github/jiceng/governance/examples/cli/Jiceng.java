package io.github.jiceng.governance.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line validator {@code jiceng} (命令行校验工具): validates files of governance records, lists and explains
 * the rules, and prints the JSON Schemas of the record types. See docs/cli.md.
 *
 * <p>Exit codes: 0 no findings at or above {@code --fail-on}; 1 such findings; 2 a usage error or an input that
 * cannot be read. Every mistake of the user is one line on standard error, without a stack trace.
 */
@Command(name = "jiceng", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Validates grassroots-governance records (基层治理记录校验).", ""},
    subcommands = {ValidateCommand.class, AdmitCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class},
    footer = {"", "Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage error or "
        + "unreadable input."})
public final class Jiceng implements java.util.concurrent.Callable<Integer> {
  /** Exit code: no findings at or above the threshold. */
  public static final int OK = 0;
  /** Exit code: findings at or above the threshold. */
  public static final int FINDINGS = 1;
  /** Exit code: a usage error or an input that cannot be read. */
  public static final int USAGE = 2;
  /** Keeps Hibernate Validator's start-up banner off the output (a strong reference, so it stays set). */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final Console console;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  Jiceng(Console console) {
    this.console = console;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutput(System.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutput(System.err), true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null && standardErrorIsTerminal();
    System.exit(commandLine(new Console(out, err, terminal)).execute(args));
  }

  /**
   * Returns the command line, writing to the given streams; {@code execute(args)} runs it and returns the exit code.
   *
   * @param console the output, the error output, and whether the error output is a terminal (for the progress bar)
   * @return the command line
   */
  static CommandLine commandLine(Console console) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    CommandLine line = new CommandLine(new Jiceng(console), new Factory(console));
    line.setOut(new PrintWriter(console.out(), true));
    line.setErr(new PrintWriter(console.err(), true));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler((e, args) -> {
      String hint = "'" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
      console.err().println("jiceng: " + (ParseErrors.chinese(args)
          ? ParseErrors.chinese(e.getMessage()) + "（参见 " + hint + "）"
          : e.getMessage() + " (see " + hint + ")"));
      return USAGE;
    });
    line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof UsageError) {
        console.err().println("jiceng: " + e.getMessage());
      } else {
        console.err().println("jiceng: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      return USAGE;
    });
    return line;
  }

  /**
   * Tells whether standard error goes to a terminal. {@code System.console()} only tells about standard input and
   * output; on Linux, {@code /proc/self/fd/2} names the device, so {@code 2> file} is recognised; elsewhere standard
   * error is taken to be a terminal when the console exists.
   */
  private static boolean standardErrorIsTerminal() {
    java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
    try {
      String target = java.nio.file.Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  /** Without a command: the usage on standard error, and exit code 2 (a usage error). */
  @Override
  public Integer call() {
    spec.commandLine().usage(console.err());
    return USAGE;
  }

  /** Makes the commands with the console. */
  private static final class Factory implements CommandLine.IFactory {
    private final Console console;

    private Factory(Console console) {
      this.console = console;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(console));
      }
      if (type == AdmitCommand.class) {
        return type.cast(new AdmitCommand(console));
      }
      if (type == RulesCommand.class) {
        return type.cast(new RulesCommand(console));
      }
      if (type == ExplainCommand.class) {
        return type.cast(new ExplainCommand(console));
      }
      if (type == SchemaCommand.class) {
        return type.cast(new SchemaCommand(console));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Standard output that is flushed but never closed. */
  private static final class FileOutput extends java.io.FilterOutputStream {
    private FileOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
