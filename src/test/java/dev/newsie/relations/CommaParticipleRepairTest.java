package dev.newsie.relations;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participle after a comma that the parser reads as a second object's adjective is the verb's clause. */
class CommaParticipleRepairTest {
    @Test
    void aParticipleAfterTheObjectAndACommaTakesTheNameAsItsObject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Nadia Okafor will take up the post in January, "
                + "succeeding Peter Lindqvist, who is retiring."));
        assertTrue(keys.contains("Nadia Okafor|succeed|Peter Lindqvist"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Nadia Okafor|take up")), keys.toString());
    }

    @Test
    void anAdjectiveOfTheOnlyObjectOrWithoutCommaStays() {
        // "met leading Democrat Schumer": the verb's one object, "leading" is its adjective
        SemanticGraph only = TestGraphs.of("met/VBD ,/, leading/VBG Schumer/NNP/PERSON", "obj 1 4", "amod 4 3");
        assertFalse(CommaParticipleRepair.repair(only));
        SemanticGraph noComma = TestGraphs.of("took/VBD post/NN leading/VBG Schumer/NNP/PERSON", "obj 1 2", "obj 1 4", "amod 4 3");
        assertFalse(CommaParticipleRepair.repair(noComma));
        SemanticGraph second = TestGraphs.of("took/VBD post/NN ,/, succeeding/VBG Schumer/NNP/PERSON", "obj 1 2", "obj 1 5", "amod 5 4");
        assertTrue(CommaParticipleRepair.repair(second));
        assertTrue(second.containsEdge(second.getNodeByIndex(4), second.getNodeByIndex(5)), second.toString());
        assertFalse(second.containsEdge(second.getNodeByIndex(1), second.getNodeByIndex(5)), second.toString());
    }
}
