package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "the first woman to lead the orchestra": the infinitive on a ranked noun is the act of the one the noun describes. */
class FirstToActRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theFirstToActDidSo() {
        List<String> keys = keys("Helen Marsh, the first woman to lead the Wellington Philharmonic Orchestra, will retire. Anna Berg was "
                + "the only minister to visit Russia. Lars Holm, the next minister to visit Russia, resigned.");
        assertTrue(keys.containsAll(List.of("Helen Marsh|lead|Wellington Philharmonic Orchestra", "Anna Berg|visit|Russia")), keys.toString());
        // one ranked to act later has not acted
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Lars Holm|visit")), keys.toString());
    }
}
