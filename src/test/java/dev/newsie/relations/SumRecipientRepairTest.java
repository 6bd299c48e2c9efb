package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one a sum is given or charged to is the verb's first object, not a compound of the sum. */
class SumRecipientRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theNameBeforeTheSumIsItsRecipient() {
        List<String> keys = triples("The European Commission fined Apple 1.8 billion euros.");
        assertTrue(keys.contains("European Commission|fine|Apple"), keys.toString());
        // no sum, no recipient: "the Hamas 2023 massacre" is Hamas's
        keys = triples("Benjamin Netanyahu condemned the Hamas 2023 massacre and met Joe Biden.");
        assertTrue(keys.contains("Benjamin Netanyahu|meet|Joe Biden"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("massacre to")), keys.toString());
    }

    @Test
    void aNameBeforeTheNumberOfASumWithItsOwnCompoundIsItsRecipient() {
        List<String> keys = triples("The Monetary Authority of Singapore fined Straits Meridian Bank 27 million Singapore dollars on Tuesday.");
        assertTrue(keys.contains("Monetary Authority of Singapore|fine|Straits Meridian Bank"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.endsWith("|Singapore") && k.startsWith("Monetary Authority of Singapore|fine")), keys.toString());
    }

    @Test
    void aNameAfterTheClassNounTheParserMadeTheFirstObjectIsTheRecipient() {
        List<String> keys = triples("The Norwegian Directorate of Fisheries has fined the salmon farming company Hardangerlaks 9 million kroner after fish escaped.");
        assertTrue(keys.contains("Norwegian Directorate of Fisheries|fine|Hardangerlaks"), keys.toString());
        keys = triples("The Swedish Financial Supervisory Authority fined the lender Nordbanken 50 million kronor on Monday.");
        assertTrue(keys.contains("Swedish Financial Supervisory Authority|fine|Nordbanken"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("kronor")), keys.toString());
    }
}
