package dev.newsie.spark;

import dev.newsie.pipeline.Models;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an executor finds newsie's models/ (--models): {@code given} as the user wrote it, and where it is on the
 * driver ({@code onDriver}, absolute). Null both: the copy packaged in the jar.
 */
record ModelsLocation(String given, String onDriver) implements Serializable {
    static final ModelsLocation PACKAGED = new ModelsLocation(null, null);

    static ModelsLocation of(Path directory) {
        return directory == null ? PACKAGED : new ModelsLocation(directory.toString(), directory.toAbsolutePath().normalize().toString());
    }

    /**
     * The directory on this machine: the path as given (relative: to this executor's working directory, where
     * {@code --archives models.zip#NAME} unpacks), a file Spark shipped under that name, or the driver's path (one
     * machine, a shared disk); null for the packaged copy.
     */
    Path directory() {
        if (given == null) {
            return null;
        }
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            return path;
        }
        if (!path.isAbsolute() && SparkEnv.get() != null) {
            Path shipped = Path.of(SparkFiles.get(given));
            if (Files.isDirectory(shipped)) {
                return shipped;
            }
        }
        if (Files.isDirectory(Path.of(onDriver))) {
            return Path.of(onDriver);
        }
        SparkEnv env = SparkEnv.get();
        throw new IllegalArgumentException("models directory not found on " + (env == null ? "this JVM" : "executor " + env.executorId())
                + ": " + given + " (give a directory that every machine has, or ship it: --archives models.zip#"
                + path.getFileName() + ")");
    }

    /** The models themselves. */
    Models models() {
        Path directory = directory();
        return directory == null ? Models.packaged() : Models.fromDirectory(directory);
    }
}
