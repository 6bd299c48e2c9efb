package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
