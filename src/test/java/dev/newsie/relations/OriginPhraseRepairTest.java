package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair of a "from" phrase the parser hangs on the verb instead of the noun before it, through the real pipeline. */
class OriginPhraseRepairTest {
    @Test
    void aFromPhraseRightAfterTheThingAMeasureHitsIsTheThings() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The United States imposed tariffs on goods from China."));
        assertTrue(keys.contains("United States|impose tariffs on|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("tariffs from")), keys.toString());
    }

    @Test
    void aFromPhraseOfTheVerbItselfStaysTheVerbs() {
        // no "on" phrase before it: where the troops are withdrawn from
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The United States withdrew troops from Syria."));
        assertTrue(keys.contains("United States|withdraw troops from|Syria"), keys.toString());
    }

    @Test
    void aTimeAfterANamedTargetStillDatesTheVerb() {
        // "from March 4" says when the sanctions start, not where Russia comes from
        ExtractionResult r = TestPipeline.extract("The EU imposed sanctions on Russia from March 4.");
        Triple sanction = r.triples().stream().filter(t -> RuleFileCases.key(t).equals("EU|impose sanctions on|Russia"))
                .findFirst().orElseThrow(() -> new AssertionError(RuleFileCases.keys(r).toString()));
        assertNotNull(sanction.date(), sanction.toString());
        assertEquals("2024-03-04", sanction.date().value());
    }

    @Test
    void onlyACommonNounFollowedByAPlaceTakesTheFromPhrase() {
        // hand-built parses with "from" hung on the verb, as the parser gives it: a thing, a named target, a time
        String words = "Canada/NNP imposed/VBD tariffs/NNS on/IN %s from/IN %s ./.";
        String[] edges = {"nsubj 2 1", "obj 2 3", "case 5 4", "nmod:on 3 5", "case 7 6", "obl:from 2 7", "punct 2 8"};
        SemanticGraph goods = TestGraphs.of(words.formatted("goods/NNS", "China/NNP/COUNTRY"), edges);
        assertTrue(OriginPhraseRepair.repair(goods));
        assertEquals("nmod:from", goods.getEdge(goods.getNodeByIndex(5), goods.getNodeByIndex(7)).getRelation().toString());
        SemanticGraph named = TestGraphs.of(words.formatted("Russia/NNP/COUNTRY", "Moscow/NNP/CITY"), edges);
        assertFalse(OriginPhraseRepair.repair(named));
        SemanticGraph time = TestGraphs.of(words.formatted("goods/NNS", "March/NNP/DATE"), edges);
        assertFalse(OriginPhraseRepair.repair(time));
        assertNotNull(time.getEdge(time.getNodeByIndex(2), time.getNodeByIndex(7)));
    }
}
