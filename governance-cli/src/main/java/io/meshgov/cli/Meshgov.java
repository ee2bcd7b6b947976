package io.meshgov.cli;

import io.meshgov.MeshgovException;
import io.meshgov.rules.StandardRules;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The meshgov command line: a thin shell over the public API. Usage errors, unreadable input and broken rules
 * are reported on standard error in one line each, with exit code 2 — never as a stack trace.
 */
@Command(name = "meshgov", mixinStandardHelpOptions = true, versionProvider = Meshgov.Version.class,
        description = "Policy-as-code governance for data mesh: judge ODCS data contracts and ODPS data products"
                + " against the council's rules.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov check contracts/", "  meshgov diff old/orders.odcs.yaml orders.odcs.yaml",
                "  meshgov check --policy governance.yaml contracts/", "  meshgov test policy-tests/", "  meshgov rules",
                "  meshgov explain META-001"})
public final class Meshgov implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The commands, by name, made only when asked for: picocli builds a command's model from its annotations when it
     * is added, which for all of them took a quarter of a second of a run that needs one (the launcher's start).
     * Names and a switch, not a map of constructor references: JDK 25's ahead-of-time cache crashed (an internal
     * error) archiving such a map, and the launcher then ran without its cache.
     */
    private static final java.util.List<String> COMMANDS = java.util.List.of("check", "fix", "diff", "init", "upgrade",
            "baseline", "test", "rules", "explain", "report", "generate-man-page", "generate-completion");

    private static Object command(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "fix" -> new FixCommand();
            case "diff" -> new DiffCommand();
            case "init" -> new InitCommand();
            case "upgrade" -> new UpgradeCommand();
            case "baseline" -> new BaselineCommand();
            case "test" -> new TestCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "report" -> new ReportCommand();
            case "generate-man-page" -> new ManPageCommand();
            case "generate-completion" -> new picocli.AutoComplete.GenerateCompletion();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The whole command line, every command in it (help, completion and the manual page list them all). */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Meshgov());
        for (String name : COMMANDS) {
            commandLine.addSubcommand(name, command(name));
        }
        return commandLine;
    }

    /**
     * The command line for {@code args}: the root and only the command they name when it is an ordinary one; every
     * command for help, the manual page, completion or a name that is none of them (so the error lists them).
     */
    private static CommandLine commandLineFor(String[] args) {
        String named = args.length > 0 ? args[0] : "";
        if (!COMMANDS.contains(named) || named.startsWith("generate-")) {
            return commandLine();
        }
        return new CommandLine(new Meshgov()).addSubcommand(named, command(named));
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLineFor(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(120); // examples are whole commands: never wrapped mid-command
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            // One line and where to look, not the whole help after the error.
            CommandLine command = exception.getCommandLine();
            command.getErr().println("meshgov: " + exception.getMessage());
            command.getErr().println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
            command.getErr().flush();
            return ExitCode.UNUSABLE;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(message(exception));
            cmd.getErr().flush();
            return ExitCode.UNUSABLE;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // One line, never a stack trace: the JVM's own report of these would bury the run's output.
            err.println("meshgov: the run stopped: " + (e instanceof StackOverflowError
                    ? "it ran out of stack; judge fewer or smaller files at once, or start Java with a larger -Xss"
                    : "it ran out of memory; judge fewer files at once, or start Java with a larger -Xmx"));
            err.flush();
            return ExitCode.UNUSABLE;
        }
    }

    private static String message(Exception exception) {
        if (exception instanceof MeshgovException || exception instanceof UsageException
                || exception instanceof UncheckedIOException) {
            return "meshgov: " + exception.getMessage();
        }
        return "meshgov: unexpected " + exception.getClass().getSimpleName() + ": " + exception.getMessage()
                + " (a defect in meshgov; please report it with the command that caused it)";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: " + String.join(", ",
                COMMANDS.stream().filter(name -> !name.startsWith("generate-")).toList()));
    }

    /** The version printed by --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"meshgov " + StandardRules.version()};
        }
    }
}
