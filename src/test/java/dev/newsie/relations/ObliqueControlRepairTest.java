package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Call on X to do": X does it, through the real pipeline. */
class ObliqueControlRepairTest {
    private static List<Triple> triples(String text) {
        return TestPipeline.extract(text).triples();
    }

    private static List<String> keys(String text) {
        return triples(text).stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theOneCalledOnDoesTheAct() {
        List<String> keys = keys("Poland called on Germany to send tanks to Ukraine.");
        assertTrue(keys.contains("Poland|call on|Germany"), keys.toString());
        assertTrue(keys.contains("Germany|send tanks to|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Poland|send")), keys.toString());
    }

    @Test
    void appealingToAPartyWorksTheSameWay() {
        Triple meet = triples("The United Nations appealed to Israel to meet Mahmoud Abbas.").stream()
                .filter(t -> t.predicate().equals("meet")).findFirst().orElseThrow();
        assertEquals("Israel", meet.subject().name());
        assertEquals(Modality.POSSIBLE, meet.modality());
    }

    @Test
    void aClauseMisreadingOfTheOneCalledOnIsUndone() {
        // the parser reads "on Israel to protect" as a clause ("for Israel to protect") hung on "called"
        List<String> keys = keys("Blinken called on Israel to protect civilians. Obama called upon Iran to release Bob Levinson.");
        assertTrue(keys.contains("Blinken|call on|Israel"), keys.toString());
        assertTrue(keys.contains("Obama|call upon|Iran"), keys.toString());
        assertTrue(keys.contains("Iran|release|Bob Levinson"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Obama|release")), keys.toString());
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
