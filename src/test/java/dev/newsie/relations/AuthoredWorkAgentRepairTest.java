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

    @Test
    void aWorkThatIsOnlyTheVerbsObliqueKeepsThePassivesDoer() {
        // "was honoured for her work by the Academy": no act on the work, the academy honours
        SemanticGraph honoured = TestGraphs.of("Dench/NNP/PERSON was/VBD honoured/VBN for/IN work/NN by/IN Academy/NNP/ORGANIZATION",
                "nsubj:pass 3 1", "aux:pass 3 2", "obl:for 3 5", "case 5 4", "obl:agent 3 7", "case 7 6");
        honoured.getNodeByIndex(5).setLemma("work");
        assertFalse(AuthoredWorkAgentRepair.repair(honoured, Set.of("work")));
        assertEquals("obl:agent", honoured.getEdge(honoured.getNodeByIndex(3), honoured.getNodeByIndex(7)).getRelation().toString());
        // "was honoured for her pioneering work by the Royal Society": a possessive makes the "-ing" word an adjective
        SemanticGraph pioneering = TestGraphs.of("Karikó/NNP/PERSON was/VBD honoured/VBN for/IN her/PRP$ pioneering/VBG work/NN by/IN Society/NNP/ORGANIZATION",
                "nsubj:pass 3 1", "aux:pass 3 2", "obl:for 3 7", "case 7 4", "nmod:poss 7 5", "amod 7 6", "obl:agent 3 9", "case 9 8");
        pioneering.getNodeByIndex(7).setLemma("work");
        assertFalse(AuthoredWorkAgentRepair.repair(pioneering, Set.of("work")));
        // "was jailed for forging works by Ernst": the gerund the parser took for an adjective acts on the works
        SemanticGraph jailed = TestGraphs.of("Beltracchi/NNP/PERSON was/VBD jailed/VBN for/IN forging/VBG works/NNS by/IN Ernst/NNP/PERSON",
                "nsubj:pass 3 1", "aux:pass 3 2", "obl:for 3 6", "case 6 4", "amod 6 5", "obl:agent 3 8", "case 8 7");
        jailed.getNodeByIndex(6).setLemma("work");
        assertTrue(AuthoredWorkAgentRepair.repair(jailed, Set.of("work")));
        assertEquals("nmod:by", jailed.getEdge(jailed.getNodeByIndex(6), jailed.getNodeByIndex(8)).getRelation().toString());
        assertNull(jailed.getEdge(jailed.getNodeByIndex(3), jailed.getNodeByIndex(8)));
    }
}

