package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A joint act of three or more conjoined parties is one between every two of them, through the real pipeline. */
class JointPartiesTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void everyTwoOfThreeConjoinedPartiesActTogether() {
        List<String> keys = triples("Kazakhstan, Uzbekistan and Kyrgyzstan signed a treaty on Thursday.");
        assertTrue(keys.contains("Kazakhstan|sign treaty with|Uzbekistan"), keys.toString());
        assertTrue(keys.contains("Kazakhstan|sign treaty with|Kyrgyzstan"), keys.toString());
        assertTrue(keys.contains("Uzbekistan|sign treaty with|Kyrgyzstan"), keys.toString());
    }

    @Test
    void thoseOneSignsADocumentWithSignedItWithEachOther() {
        List<String> keys = triples("Arévalo signed an agreement with Xiomara Castro, Rodrigo Chaves and José Raúl Mulino on Monday.");
        assertTrue(keys.containsAll(List.of("Arévalo|sign agreement with|Rodrigo Chaves", "Xiomara Castro|sign agreement with|Rodrigo Chaves",
                "Xiomara Castro|sign agreement with|José Raúl Mulino", "Rodrigo Chaves|sign agreement with|José Raúl Mulino")), keys.toString());
        // several deals, one with each: the customers signed nothing together
        keys = triples("Airbus has also inked recent deals with the Royal Australian Air Force, the Royal Saudi Air Force and the UAE Air Force.");
        assertTrue(keys.contains("Airbus|ink deals with|UAE Air Force"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Royal")), keys.toString());
        keys = triples("Vietnam signed memoranda of understanding with Laos, Cambodia and Thailand on Tuesday.");
        assertTrue(keys.contains("Vietnam|sign memoranda with|Thailand"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Laos|") || k.startsWith("Cambodia|")), keys.toString());
        // however many words describe them
        keys = triples("Vietnam signed a series of new trade and investment agreements with Laos, Cambodia and Thailand.");
        assertTrue(keys.contains("Vietnam|sign agreements with|Thailand"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Laos|") || k.startsWith("Cambodia|")), keys.toString());
    }

    @Test
    void theOnesMetByAnotherDidNotMeetEachOther() {
        List<String> keys = triples("Joe Biden met Xi Jinping and Narendra Modi in Bali.");
        assertTrue(keys.contains("Joe Biden|meet|Narendra Modi"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Xi Jinping|meet|")), keys.toString());
    }
}
