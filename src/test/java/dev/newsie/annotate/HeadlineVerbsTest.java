package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headlinese: a present-tense act the tagger reads as a plural noun, through the real pipeline. */
class HeadlineVerbsTest {
    private static List<String> keys(String text) {
        ExtractionResult r = TestPipeline.extract(text);
        return r.triples().stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aHeadlinesActIsAVerb() {
        assertTrue(keys("Chile's Boric signs critical minerals pact with Japan during Tokyo visit").contains("Chile|sign pact with|Japan"));
        assertTrue(keys("Canada sanctions Venezuelan officials and Maduro family members after inauguration")
                .contains("Canada|sanction|Venezuela"));
    }

    @Test
    void aPluralNounBeforeAPrepositionOrBesideAVerbStaysANoun() {
        // "sanctions on": the measure, named by a noun; "hurt" is the headline's verb
        List<String> noun = keys("New EU sanctions on Russia");
        assertTrue(noun.contains("EU|sanctions on|Russia"), noun.toString());
        assertTrue(noun.stream().noneMatch(k -> k.contains("|sanction|")), noun.toString());
        List<String> verb = keys("EU sanctions against Russia hurt Germany");
        assertTrue(verb.contains("EU|sanctions against|Russia"), verb.toString());
        assertTrue(verb.stream().noneMatch(k -> k.contains("|sanction|")), verb.toString());
    }

    @Test
    void aPluralNounBeforeACommonNounHeadsACompound() {
        // "sanctions envoy", "arms sales": compounds, not acts; "sanctions Venezuelan officials": an act
        List<String> envoy = keys("EU sanctions envoy David O'Sullivan in Washington");
        assertTrue(envoy.stream().noneMatch(k -> k.contains("|sanction|")), envoy.toString());
        List<String> arms = keys("US arms sales to Taiwan");
        assertTrue(arms.stream().noneMatch(k -> k.contains("|arm|")), arms.toString());
        assertTrue(keys("Canada sanctions Venezuelan officials").contains("Canada|sanction|Venezuela"));
    }

    @Test
    void retagsOnlyTheOneActBetweenANameAndAnObject() {
        HeadlineVerbs headlines = new HeadlineVerbs(Set.of("sign", "sanction", "arm", "back", "visit"), Set.of("as", "amid"));
        // "Boric" tagged JJ after a possessive is a name
        CoreMap boric = TaggedSentences.of("Chile/NNP 's/POS Boric/JJ signs/NNS critical/JJ pact/NN");
        assertEquals(1, headlines.retag(boric));
        assertEquals("VBZ", TaggedSentences.token(boric, 3).tag());
        assertEquals("sign", TaggedSentences.token(boric, 3).lemma());
        // a demonym alone is no name, so no actor: "Chinese arms [for] Russian rebels"
        CoreMap chinese = TaggedSentences.of("Chinese/JJ arms/NNS Russian/JJ rebels/NNS");
        assertEquals(0, headlines.retag(chinese));
        assertEquals("NNS", TaggedSentences.token(chinese, 1).tag());
        // a compound: "sanctions envoy"
        CoreMap envoy = TaggedSentences.of("EU/NNP sanctions/NNS envoy/NN David/NNP Smith/NNP");
        assertEquals(0, headlines.retag(envoy));
        // two candidates: which is the act is a guess
        CoreMap two = TaggedSentences.of("Biden/NNP backs/NNS Kyiv/NNP ,/, Macron/NNP arms/NNS Ukraine/NNP");
        assertEquals(0, headlines.retag(two));
        assertEquals("NNS", TaggedSentences.token(two, 1).tag());
        // a sentence with a verb keeps its tags
        CoreMap verb = TaggedSentences.of("EU/NNP sanctions/NNS Russian/JJ banks/NNS hurt/VBD Germany/NNP");
        assertEquals(0, headlines.retag(verb));
        // unless the verb is in a second clause the headline opens after its act
        CoreMap second = TaggedSentences.of("Sharif/NNP visits/NNS Dhaka/NNP as/IN Bangladesh/NNP and/CC Pakistan/NNP agree/VBP");
        assertEquals(1, headlines.retag(second));
        assertEquals("VBZ", TaggedSentences.token(second, 1).tag());
        CoreMap after = TaggedSentences.of("Dhaka/NNP agrees/VBZ as/IN Sharif/NNP visits/NNS Bangladesh/NNP");
        assertEquals(0, headlines.retag(after));
    }

    @Test
    void baseForms() {
        assertEquals("sign", HeadlineVerbs.baseForm("signs"));
        assertEquals("deny", HeadlineVerbs.baseForm("denies"));
        assertEquals("push", HeadlineVerbs.baseForm("pushes"));
        assertEquals("pledge", HeadlineVerbs.baseForm("pledges"));
        assertEquals("seize", HeadlineVerbs.baseForm("seizes"));
        assertEquals("recognize", HeadlineVerbs.baseForm("recognizes"));
        assertEquals("buzz", HeadlineVerbs.baseForm("buzzes"));
        assertNull(HeadlineVerbs.baseForm("sign"));
    }
}
