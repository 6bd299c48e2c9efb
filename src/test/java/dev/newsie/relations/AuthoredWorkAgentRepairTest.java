package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "by" right after a made work names its maker, not the doer of the passive verb before it. */
class AuthoredWorkAgentRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theMakersOfWorksDoNotDoThePassiveVerb() {
        List<String> keys = triples("The case is the largest forgery trial since 2011, when Wolfgang Beltracchi was jailed for forging works by Max Ernst, Heinrich Campendonk and others.");
        assertFalse(keys.stream().anyMatch(k -> k.endsWith("|jail|Wolfgang Beltracchi")), keys.toString());
        keys = triples("Anna Berg was arrested for stealing a sculpture by Auguste Rodin, and Interpol praised the Italian police.");
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Auguste Rodin|")), keys.toString());
        // the doer of a passive verb without a work before its "by" stays
        keys = triples("Wolfgang Beltracchi was jailed by a court in Cologne and was sued by the gallery owner Peter Haldenwang.");
        assertTrue(keys.contains("Peter Haldenwang|sue|Wolfgang Beltracchi"), keys.toString());
    }
}
