package dev.newsie.relations;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name after ", and" that the parser hangs on a relative clause's predicate is the clause's noun's conjunct. */
class RelativeClauseConjunctRepairTest {
    @Test
    void aNameAfterARelativeClauseJoinsTheNounItDescribes() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The agreement was signed by Nepal's foreign minister, Arzu Rana "
                + "Deuba, who is on a three-day visit to Bangladesh, and Touhid Hossain, the foreign affairs adviser."));
        assertTrue(keys.contains("Arzu Rana Deuba|sign agreement with|Touhid Hossain"), keys.toString());
        // the clause stays the first name's: the second is on no visit
        assertTrue(keys.contains("Arzu Rana Deuba|visit|Bangladesh"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Touhid Hossain|visit")), keys.toString());
    }

    @Test
    void aNameWithASubjectOfItsOwnOrWithoutCommaAndStaysWhereItIs() {
        // "who is on a visit to Moscow and Minsk": no comma before "and", the clause goes on
        SemanticGraph graph = TestGraphs.of("signed/VBN by/IN minister/NN ,/, who/WP is/VBZ on/IN visit/NN and/CC Minsk/NNP/CITY",
                "obl:agent 1 3", "acl:relcl 3 8", "nsubj 8 3", "cop 8 6", "conj:and 8 10", "cc 10 9");
        assertFalse(RelativeClauseConjunctRepair.repair(graph));
        SemanticGraph comma = TestGraphs.of("signed/VBN by/IN minister/NN ,/, who/WP is/VBZ on/IN visit/NN ,/, and/CC Hossain/NNP/PERSON",
                "obl:agent 1 3", "acl:relcl 3 8", "nsubj 8 3", "cop 8 6", "conj:and 8 11", "cc 11 10", "punct 11 9");
        assertTrue(RelativeClauseConjunctRepair.repair(comma));
        assertTrue(comma.containsEdge(comma.getNodeByIndex(1), comma.getNodeByIndex(11)), comma.toString());
        assertFalse(comma.containsEdge(comma.getNodeByIndex(8), comma.getNodeByIndex(11)), comma.toString());
    }
}
