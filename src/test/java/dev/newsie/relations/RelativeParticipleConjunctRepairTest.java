package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participle with an agent, conjoined with the name a passive relative clause describes, is that clause's. */
class RelativeParticipleConjunctRepairTest {
    @Test
    void aSecondParticipleOfAPassiveRelativeClauseSharesItsSubject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Callum Reid lost in May. Reid, who is trained by his father, Steve "
                + "Reid, and promoted by the London company Kingsway Boxing, said he was disappointed but wished his opponent a quick "
                + "recovery."));
        assertTrue(keys.contains("Kingsway Boxing|promote|Callum Reid"), keys.toString());
        assertTrue(keys.contains("Steve Reid|train|Callum Reid"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Kingsway Boxing|promote|Steve Reid")), keys.toString());
    }
}
