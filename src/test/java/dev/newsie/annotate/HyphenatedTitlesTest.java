package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hyphenated titles the tokenizer splits ("secretary-general"): nouns for the parser, one title in the predicate. */
class HyphenatedTitlesTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aPossessedHyphenatedTitleNamesItsHolder() {
        List<String> nato = keys("NATO leaders will meet in The Hague next month, the alliance's secretary-general, Mark Rutte, said.");
        assertTrue(nato.contains("Mark Rutte|secretary-general of|NATO"), nato.toString());
        List<String> governor = keys("Australia's governor-general, Sam Mostyn, swore in the new ministers.");
        assertTrue(governor.contains("Sam Mostyn|governor-general of|Australia"), governor.toString());
        // the tagger's adjective "general" made the parser hang the title and the name on the organization
        List<String> un = keys("The United Nations' secretary-general, Antonio Guterres, visited Kenya.");
        assertTrue(un.contains("Antonio Guterres|visit|Kenya"), un.toString());
        assertTrue(un.contains("Antonio Guterres|secretary-general of|United Nations"), un.toString());
        assertTrue(un.stream().noneMatch(k -> k.startsWith("United Nations|visit")), un.toString());
    }

    @Test
    void retagsOnlyATitleWhoseLastPartIsATitle() {
        HyphenatedTitles titles = new HyphenatedTitles(Set.of("general", "secretary", "secretary-general", "president", "president-elect"));
        CoreMap secretary = TaggedSentences.of("the/DT forum/NN 's/POS secretary/NN -/HYPH general/JJ ,/,", true);
        assertEquals(1, titles.retag(secretary));
        assertEquals("NN", TaggedSentences.token(secretary, 3).tag());
        assertEquals("NN", TaggedSentences.token(secretary, 5).tag());
        CoreMap capitalized = TaggedSentences.of("NATO/NNP Secretary/NNP -/HYPH General/JJ Rutte/NNP", true);
        assertEquals(1, titles.retag(capitalized));
        assertEquals("NNP", TaggedSentences.token(capitalized, 3).tag());
        // "elect" is no title: "president-elect" is headed by "president", as the tagger has it
        CoreMap elect = TaggedSentences.of("the/DT president/NN -/HYPH elect/JJ said/VBD", true);
        assertEquals(0, titles.retag(elect));
        assertEquals("JJ", TaggedSentences.token(elect, 3).tag());
        // a dash between spaced words joins no title
        CoreMap spaced = TaggedSentences.of("secretary/NN -/HYPH general/JJ", false);
        assertEquals(0, titles.retag(spaced));
        assertEquals("JJ", TaggedSentences.token(spaced, 2).tag());
    }

}
