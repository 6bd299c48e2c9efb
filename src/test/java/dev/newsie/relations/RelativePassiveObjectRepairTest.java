package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A passive relative clause whose pronoun the parser took for the participle's object, through the real pipeline. */
class RelativePassiveObjectRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    /** A passive relative clause the parser read with its pronoun as the participle's object still has its noun as the one acted on. */
    @Test
    void aPassiveRelativeClauseWhosePronounWasTakenForTheObjectKeepsItsVoice() {
        List<String> keys = triples("Anna Berg, who has been coached since childhood by her uncle, Hossam Fathy, won the final.");
        assertTrue(keys.contains("Hossam Fathy|coach|Anna Berg"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Anna Berg|coach")), keys.toString());
        // a clause the parser read as passive keeps its reading, and the noun stays the main verb's subject
        keys = triples("Maria Gonzalez, who was sent to Kenya by Orbis Bank in May, met John Otieno.");
        assertTrue(keys.containsAll(List.of("Orbis Bank|send|Maria Gonzalez", "Maria Gonzalez|meet|John Otieno")), keys.toString());
    }
}
