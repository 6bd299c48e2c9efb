package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participle with its agent between commas after the verb's object describes that object. */
class LooseParticipleRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theParticipleBetweenCommasDescribesTheObjectBeforeIt() {
        List<String> keys = triples("Kenya would ask the African Development Bank, led by Akinwumi Adesina, to help fund the project.");
        assertTrue(keys.contains("Akinwumi Adesina|lead|African Development Bank"), keys.toString());
        // at the sentence's end it may describe the subject: nothing is guessed
        keys = triples("Russia attacked Ukraine, backed by Iran.");
        assertTrue(keys.contains("Russia|attack|Ukraine"), keys.toString());
        assertFalse(keys.contains("Iran|back|Ukraine"), keys.toString());
        // nor in mid-sentence before anything but the verb's "to" clause: Israel was backed
        keys = triples("Israel struck Iran, backed by the United States, on Saturday.");
        assertTrue(keys.contains("Israel|strike|Iran"), keys.toString());
        assertFalse(keys.contains("United States|back|Iran"), keys.toString());
    }

    @Test
    void aParticipleBetweenCommasAfterTheSubjectDescribesItAndTheVerbAfterIsTheSubjects() {
        List<String> keys = triples("The US Department of Justice, led by Attorney General Pam Bondi, did not comment on the ruling.");
        assertTrue(keys.contains("Pam Bondi|lead|US Department of Justice"), keys.toString());
        keys = triples("Hamas, led by Yahya Sinwar, attacked Israel in 2023.");
        assertTrue(keys.containsAll(List.of("Yahya Sinwar|lead|Hamas", "Hamas|attack|Israel")), keys.toString());
        assertFalse(keys.contains("Yahya Sinwar|attack|Israel"), keys.toString());
    }
}
