package dev.newsie.spark;

import dev.newsie.cli.ExitCodes;
import dev.newsie.input.UsageException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Runs a job's command line the way {@code newsie} runs its own: picocli parses and validates, usage mistakes
 * exit 2 with one line naming the problem, anything else that stops the job exits 3 with its message; only
 * {@code main} exits. The jobs' exit codes are newsie's ({@link ExitCodes}).
 */
final class JobCommand {
    private JobCommand() {
    }

    /** Parses {@code args} into the command {@code create} makes for {@code spark}, runs it, and returns the exit code. */
    static int execute(Function<SparkSession, Object> create, SparkSession spark, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(create.apply(spark));
        cli.setErr(err);
        cli.setOut(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                err.println("newsie-spark: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("newsie-spark: error: " + rootMessage(e));
            if (Boolean.getBoolean("newsie.trace")) {
                e.printStackTrace(err);
            }
            return ExitCodes.FATAL;
        });
        cli.setParameterExceptionHandler((e, badArgs) -> {
            err.println("newsie-spark: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        err.flush();
        return code;
    }

    /** Runs a job's main: a session from spark-submit's settings, the job, the session stopped, the exit code. */
    static void main(String appName, Function<SparkSession, Object> create, String... args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("--version"))) {
            System.exit(execute(create, null, new PrintWriter(System.out, true), args));
        }
        SparkSession spark = SparkSession.builder().appName(appName).getOrCreate();
        int code;
        try {
            code = execute(create, spark, new PrintWriter(System.err, true), args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Spark wraps a task's exception in its own; the user wants to read the first line of what went wrong. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !(t instanceof org.apache.spark.SparkException)) {
                message = t.getMessage();
            }
        }
        String text = message == null ? e.getClass().getName() : message;
        int lineEnd = text.indexOf('\n');
        return lineEnd < 0 ? text : text.substring(0, lineEnd);
    }
}
