package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
        List<String> forum = keys("The Pacific Islands Forum will meet in Honiara next month, the forum's secretary-general, Baron Waqa, said.");
        assertTrue(forum.contains("Baron Waqa|secretary-general of|Pacific Islands Forum"), forum.toString());
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
        CoreMap secretary = sentence("the/DT forum/NN 's/POS secretary/NN -/HYPH general/JJ ,/,", true);
        assertEquals(1, titles.retag(secretary));
        assertEquals("NN", token(secretary, 3).tag());
        assertEquals("NN", token(secretary, 5).tag());
        CoreMap capitalized = sentence("NATO/NNP Secretary/NNP -/HYPH General/JJ Rutte/NNP", true);
        assertEquals(1, titles.retag(capitalized));
        assertEquals("NNP", token(capitalized, 3).tag());
        // "elect" is no title: "president-elect" is headed by "president", as the tagger has it
        CoreMap elect = sentence("the/DT president/NN -/HYPH elect/JJ said/VBD", true);
        assertEquals(0, titles.retag(elect));
        assertEquals("JJ", token(elect, 3).tag());
        // a dash between spaced words joins no title
        CoreMap spaced = sentence("secretary/NN -/HYPH general/JJ", false);
        assertEquals(0, titles.retag(spaced));
        assertEquals("JJ", token(spaced, 2).tag());
    }

    /** Tagged words, joined with no space around a hyphen when {@code tight}, else spaced. */
    private static CoreMap sentence(String tagged, boolean tight) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String wordTag : tagged.split(" ")) {
            int slash = wordTag.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(wordTag.substring(0, slash));
            t.setTag(wordTag.substring(slash + 1));
            t.setIndex(tokens.size() + 1);
            boolean joins = tight && !tokens.isEmpty() && ("HYPH".equals(t.tag()) || "HYPH".equals(tokens.get(tokens.size() - 1).tag()));
            offset += joins || tokens.isEmpty() ? 0 : 1;
            t.setBeginPosition(offset);
            offset += t.word().length();
            t.setEndPosition(offset);
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    private static CoreLabel token(CoreMap sentence, int i) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).get(i);
    }
}
