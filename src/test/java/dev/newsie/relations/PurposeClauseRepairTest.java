package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A purpose infinitive after a verb and its object is the subject's act, unless the verb hands the act to its object. */
class PurposeClauseRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theVisitorMeetsNotThePlaceVisited() {
        List<String> keys = keys("Blinken visited Israel to meet Benjamin Netanyahu.");
        assertTrue(keys.contains("Blinken|visit|Israel"), keys.toString());
        assertTrue(keys.contains("Blinken|meet|Benjamin Netanyahu"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Israel|meet")), keys.toString());
    }

    @Test
    void leavingAndJoiningKeepTheirSubjectAsTheDoer() {
        List<String> left = keys("Carlo Ancelotti left Real Madrid to take charge of Brazil.");
        assertTrue(left.contains("Carlo Ancelotti|take charge of|Brazil"), left.toString());
        assertTrue(left.stream().noneMatch(k -> k.startsWith("Real Madrid|take")), left.toString());
        List<String> joined = keys("Germany joined France to condemn Russia.");
        assertTrue(joined.contains("Germany|condemn|Russia"), joined.toString());
        assertTrue(joined.stream().noneMatch(k -> k.startsWith("France|condemn")), joined.toString());
    }

    @Test
    void verbsThatAskOrLetHandTheActToTheirObject() {
        // the act urged is the object's to do, asked for and no triple (Qualifiers#askedOfSubject); never the urger's
        List<String> urged = keys("Macron urged Scholz to visit China.");
        assertTrue(urged.contains("Macron|urge|Scholz"), urged.toString());
        assertTrue(urged.stream().noneMatch(k -> k.startsWith("Macron|visit") || k.startsWith("Scholz|visit")), urged.toString());
        List<String> allowed = keys("Iran allowed Rafael Grossi to inspect the Fordow site and to meet Abbas Araghchi.");
        assertTrue(allowed.contains("Rafael Grossi|meet|Abbas Araghchi"), allowed.toString());
        assertTrue(allowed.stream().noneMatch(k -> k.startsWith("Iran|meet")), allowed.toString());
        List<String> cleared = keys("The FAA cleared Boeing to resume production of the plane. Saudi Arabia lured Cristiano Ronaldo to play for Al Nassr.");
        assertTrue(cleared.contains("Boeing|resume production of|plane") || cleared.stream().noneMatch(k -> k.startsWith("FAA|resume")), cleared.toString());
        assertTrue(cleared.stream().noneMatch(k -> k.startsWith("Saudi Arabia|play")), cleared.toString());
        assertTrue(cleared.contains("FAA|clear|Boeing"), cleared.toString());
    }
}
