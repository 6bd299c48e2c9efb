package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A relative clause the parser left with "who" as its subject, through the real pipeline. */
class RelativePronounRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void theNameBeforeWhoIsTheSubject() {
        // the parser hangs "who met ..." loosely on the name here
        List<String> keys = keys("Joe Biden, who met Xi Jinping on Tuesday, returned to Washington.");
        assertTrue(keys.contains("Joe Biden|meet|Xi Jinping"), keys.toString());
    }

    @Test
    void aWellParsedClauseKeepsTheParsersAntecedent() {
        // the parser ties "who" to "wife": Joe Biden, named right before it, did not visit France
        List<String> keys = keys("The wife of Joe Biden, who visited France, met Emmanuel Macron. Joe Biden visited Germany.");
        assertTrue(keys.contains("Joe Biden|visit|Germany"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Joe Biden|visit|France")), keys.toString());
    }
}
