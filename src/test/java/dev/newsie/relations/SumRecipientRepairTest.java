package dev.newsie.relations;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void theClassNounBeforeANameOfTwoWordsBecomesTheNamesCompound() {
        // "fined the lender Nordea Bank 50 million kronor", as the parser may read it
        SemanticGraph fined = TestGraphs.of("regulator/NN fined/VBD the/DT lender/NN Nordea/NNP/ORGANIZATION Bank/NNP/ORGANIZATION 50/CD million/CD kronor/NNS",
                "nsubj 2 1", "iobj 2 4", "det 4 3", "obj 2 9", "compound 9 6", "compound 6 5", "nummod 9 8", "compound 8 7");
        fined.getNodeByIndex(9).setLemma("kronor");
        assertTrue(SumRecipientRepair.repair(fined, Set.of("kronor")));
        assertEquals("iobj", fined.getEdge(fined.getNodeByIndex(2), fined.getNodeByIndex(6)).getRelation().toString());
        assertEquals("compound", fined.getEdge(fined.getNodeByIndex(6), fined.getNodeByIndex(4)).getRelation().toString());
        assertNull(fined.getEdge(fined.getNodeByIndex(2), fined.getNodeByIndex(4)));
    }
}

