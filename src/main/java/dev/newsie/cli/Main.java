package dev.newsie.cli;

import dev.newsie.input.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point: wires the subcommands and maps every failure to an exit code in one place. */
@Command(name = "newsie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news articles into knowledge-graph facts: entities (people, countries, dates, "
                + "organizations) and the relation triples the text states between them.",
        subcommands = {ExtractCommand.class, ExplainCommand.class, GraphCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.SOME_FAILED_TEXT, ExitCodes.USAGE_TEXT, ExitCodes.FATAL_TEXT})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs newsie as the command line would, without exiting: tests call this. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** As {@link #execute(String...)}, with standard error sent to {@code err}. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UsageException) {
                err.println("newsie: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("newsie: error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            if (Boolean.getBoolean("newsie.trace")) {
                e.printStackTrace(err);
            }
            return ExitCodes.FATAL;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("newsie: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cli;
    }
}
