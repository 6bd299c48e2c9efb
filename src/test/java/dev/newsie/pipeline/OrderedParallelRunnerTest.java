package dev.newsie.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderedParallelRunnerTest {
    @Test
    void resultsKeepInputOrderWhateverTheirDuration() {
        List<Integer> items = IntStream.range(0, 60).boxed().toList();
        List<Integer> out = new ArrayList<>();
        OrderedParallelRunner.run(items.iterator(), i -> {
            sleep((i * 7) % 5);
            return i;
        }, out::add, 4);
        assertEquals(items, out);
    }

    @Test
    void anItemOverTheTimeLimitGetsItsTimeoutResultAndTheRunGoesOn() {
        List<String> out = new ArrayList<>();
        OrderedParallelRunner.run(List.of(1, 2, 3, 4).iterator(), i -> {
            sleep(i == 2 ? 5_000 : 1);
            return "done " + i;
        }, i -> "timeout " + i, Duration.ofMillis(300), out::add, 2);
        assertEquals(List.of("done 1", "timeout 2", "done 3", "done 4"), out);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
