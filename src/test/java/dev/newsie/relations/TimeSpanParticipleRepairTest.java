package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Hours after meeting Xi, Biden flew to Japan": a span of time before "after" and an "-ing" verb leaves its act to the main subject. */
class TimeSpanParticipleRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theActAfterASpanOfTimeIsTheMainSubjects() {
        List<String> keys = keys("Hours after meeting Xi Jinping in Beijing, Biden flew to Japan.");
        assertTrue(keys.containsAll(List.of("Biden|meet|Xi Jinping", "Biden|fly to|Japan")), keys.toString());
        keys = keys("A week after visiting Ukraine, Macron called Putin.");
        assertTrue(keys.containsAll(List.of("Macron|visit|Ukraine", "Macron|call|Putin")), keys.toString());
        keys = keys("Maya Rhodes announced a tour, days after suing Island Records over unpaid royalties.");
        assertTrue(keys.contains("Maya Rhodes|sue|Island Records"), keys.toString());
    }

    @Test
    void aSpanTakenForTheSubjectGivesWayToTheNamedOne() {
        List<String> keys = keys("Days after suing Island Records, Maya Rhodes announced a tour. Days after the election, Maya Rhodes thanked Sony.");
        assertTrue(keys.containsAll(List.of("Maya Rhodes|sue|Island Records", "Maya Rhodes|thank|Sony")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Island Records|")), keys.toString());
    }
}
