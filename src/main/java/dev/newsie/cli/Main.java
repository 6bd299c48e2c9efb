package dev.newsie.cli;

import dev.newsie.input.UsageException;
import dev.newsie.output.CheckedOutput;
import dev.newsie.output.OutputFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point: wires the subcommands and maps every failure to an exit code in one place. */
@Command(name = "newsie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news articles into knowledge-graph facts: entities (people, countries, dates, "
                + "organizations) and the relation triples the text states between them.",
        subcommands = {ExtractCommand.class, ExplainCommand.class, GraphCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.SOME_FAILED_TEXT, ExitCodes.USAGE_TEXT, ExitCodes.FATAL_TEXT})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the commands write their results when no -o is given: standard output, with its write errors reported. */
    private final OutputStream stdout;
    /** The file standard output is redirected to ({@code > out.jsonl}), so that it is never read as an input; else null. */
    private final Path stdoutFile;

    Main(OutputStream stdout, Path stdoutFile) {
        this.stdout = stdout;
        this.stdoutFile = stdoutFile;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    OutputStream stdout() {
        return stdout;
    }

    Path stdoutFile() {
        return stdoutFile;
    }

    /** The regular file behind this process's standard output, or null (a terminal, a pipe). */
    private static Path redirectedStdout() {
        try {
            Path target = Path.of("/dev/stdout").toRealPath();
            return Files.isRegularFile(target) ? target : null;
        } catch (IOException | RuntimeException e) {
            return null; // no /dev/stdout here
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs newsie as the command line would, without exiting: tests call this. */
    public static int execute(String... args) {
        return commandLine(CheckedOutput.standardOutput(), redirectedStdout()).execute(args);
    }

    /** As {@link #execute(String...)}, with standard error sent to {@code err}. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cli = commandLine(CheckedOutput.standardOutput(), redirectedStdout());
        cli.setErr(err);
        return cli.execute(args);
    }

    /** As {@link #execute(String...)}, with standard error sent to {@code err} and results (without -o) to {@code out}. */
    public static int execute(PrintWriter err, OutputStream out, String... args) {
        CommandLine cli = commandLine(CheckedOutput.of(out, "standard output", false), null);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine(OutputStream stdout, Path stdoutFile) {
        CommandLine cli = new CommandLine(new Main(stdout, stdoutFile));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("newsie: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /** The one place where a failure becomes a message and an exit code; no stack trace unless -Dnewsie.trace=true. */
    static int report(Throwable e, PrintWriter err) {
        UsageException usage = cause(e, UsageException.class);
        if (usage != null) {
            err.println("newsie: " + usage.getMessage());
            return ExitCodes.USAGE;
        }
        OutputFailedException output = cause(e, OutputFailedException.class);
        HeapGuard.HeapFullException heap = cause(e, HeapGuard.HeapFullException.class);
        String message = output != null ? output.getMessage()
                : heap != null ? heap.getMessage()
                : "error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        err.println("newsie: " + message);
        if (Boolean.getBoolean("newsie.trace")) {
            e.printStackTrace(err);
        }
        return ExitCodes.FATAL;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
