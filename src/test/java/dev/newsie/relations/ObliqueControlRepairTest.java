package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Call on X to do": the act is X's, asked for (no triple of X's nor of the caller's), through the real pipeline. */
class ObliqueControlRepairTest {
    private static List<Triple> triples(String text) {
        return TestPipeline.extract(text).triples();
    }

    private static List<String> keys(String text) {
        return triples(text).stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theOneCalledOnWouldDoTheActButTheCallIsTheFact() {
        // the act is the one called on's, asked for and not done: no triple of Poland's or of Germany's
        List<String> keys = keys("Poland called on Germany to send tanks to Ukraine.");
        assertTrue(keys.contains("Poland|call on|Germany"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Poland|send") || k.startsWith("Germany|send")), keys.toString());
        // an order given to one called on is the one called on's act
        List<String> ordered = keys("Joe Biden ordered the Pentagon to fund Ukraine.");
        assertTrue(ordered.contains("Pentagon|fund|Ukraine"), ordered.toString());
        assertTrue(ordered.stream().noneMatch(k -> k.startsWith("Joe Biden|fund")), ordered.toString());
    }

    @Test
    void appealingToAPartyWorksTheSameWay() {
        List<String> keys = keys("The United Nations appealed to Israel to meet Mahmoud Abbas.");
        assertTrue(keys.contains("United Nations|appeal to|Israel"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|meet|")), keys.toString());
    }

    @Test
    void aClauseMisreadingOfTheOneCalledOnIsUndone() {
        // the parser reads "on Israel to protect" as a clause ("for Israel to protect") hung on "called"
        List<String> keys = keys("Blinken called on Israel to protect civilians. Obama called upon Iran to release Bob Levinson.");
        assertTrue(keys.contains("Blinken|call on|Israel"), keys.toString());
        assertTrue(keys.contains("Obama|call upon|Iran"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Obama|release") || k.startsWith("Iran|release")), keys.toString());
    }

    @Test
    void withoutAnAddresseeTheSubjectStillActs() {
        List<String> vowed = keys("Poland vowed to send tanks to Ukraine.");
        assertTrue(vowed.contains("Poland|send tanks to|Ukraine"), vowed.toString());
        // "on Monday" is a time, not a party called on
        List<String> called = keys("Poland called on Monday to send tanks to Ukraine.");
        assertTrue(called.contains("Poland|send tanks to|Ukraine"), called.toString());
    }
}
