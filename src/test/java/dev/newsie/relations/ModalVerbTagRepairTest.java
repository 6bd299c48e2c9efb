package dev.newsie.relations;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair of a verb the tagger takes for a noun after a modal, through the real pipeline. */
class ModalVerbTagRepairTest {
    @Test
    void aNounTaggedWordWithAModalASubjectAndAnObjectIsAVerb() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Sunak said Britain would sanction Iran."));
        assertTrue(keys.contains("United Kingdom|sanction|Iran"), keys.toString());
    }

    @Test
    void aNounWithoutItsOwnSubjectStaysANoun() {
        // "sanction" is the subject of "would hurt": no act of Britain's on Iran is stated
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Britain's sanction would hurt Iran. Britain will sanction Iran."));
        assertTrue(keys.contains("United Kingdom|sanction|Iran"), keys.toString());
        assertTrue(keys.size() == 1, keys.toString());
    }

    @Test
    void onlyANounWithAModalASubjectBeforeAndAnObjectAfterIsRetagged() {
        // hand-built parses, as the tagger and parser might give them: the repair's three conditions one by one
        SemanticGraph all = TestGraphs.of("Britain/NNP would/MD sanction/NN Iran/NNP", "nsubj 3 1", "aux 3 2", "obj 3 4");
        assertTrue(ModalVerbTagRepair.repair(all));
        assertEquals("VB", TestGraphs.tagOf(all, 3));
        SemanticGraph noObject = TestGraphs.of("Britain/NNP would/MD sanction/NN ./.", "nsubj 3 1", "aux 3 2", "punct 3 4");
        assertFalse(ModalVerbTagRepair.repair(noObject));
        assertEquals("NN", TestGraphs.tagOf(noObject, 3));
        SemanticGraph noModal = TestGraphs.of("Britain/NNP 's/POS sanction/NN Iran/NNP", "nsubj 3 1", "case 1 2", "obj 3 4");
        assertFalse(ModalVerbTagRepair.repair(noModal));
        SemanticGraph noSubject = TestGraphs.of("would/MD sanction/NN Iran/NNP", "aux 2 1", "obj 2 3");
        assertFalse(ModalVerbTagRepair.repair(noSubject));
        assertEquals("NN", TestGraphs.tagOf(noSubject, 2));
    }
}
