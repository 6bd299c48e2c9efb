package dev.newsie.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test run: {@code local[2,2]}, two task threads, and a task may run twice
 * (plain {@code local[2]} never retries a failed task, which the retry test needs). Bound to the loopback
 * address. Its executor is this JVM, so the job's pipeline is the test pipeline ({@code TestPipeline}).
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,2]")
                    .appName("newsie-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return session;
    }
}
