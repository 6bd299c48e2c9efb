package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subject shared by conjoined verbs takes each verb's own voice, through the real pipeline. */
class ConjoinedVoiceRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void anActiveVerbAfterAPassiveOneHasTheSubjectAsItsAgent() {
        List<String> keys = triples("Ferdinand Marcos Jr. was welcomed at the Presidential Palace by Vietnamese President Luong Cuong "
                + "and later held talks with Prime Minister Pham Minh Chinh.");
        assertTrue(keys.containsAll(List.of("Ferdinand Marcos Jr.|hold talks with|Pham Minh Chinh", "Luong Cuong|welcome|Ferdinand Marcos Jr.")),
                keys.toString());
    }

    @Test
    void aConjunctWithItsOwnAgentOrARegularPastFormStaysPassive() {
        // "escorted ... by Kim": its own agent; "awarded": a participle the tagger may call a past tense
        List<String> keys = triples("Putin was greeted by Kim Jong Un and escorted to a guesthouse by Kim.");
        assertTrue(keys.contains("Kim Jong Un|escort|Putin"), keys.toString());
        // a regular past tense with its own object is active: only a verb that keeps an object in the passive stays passive
        keys = triples("William Ruto was received by Samia Suluhu Hassan in Dodoma and signed a trade agreement with Tanzania.");
        assertTrue(keys.contains("William Ruto|sign agreement with|Tanzania"), keys.toString());
        keys = triples("Modi was honoured by Putin and awarded Russia's highest civilian honour.");
        assertTrue(keys.contains("Putin|honour|Modi"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Modi|award")), keys.toString());
        // a regular past form with no object of a verb that takes one is a participle; of one that takes none, active
        keys = triples("Volodymyr Zelensky was received by Keir Starmer in London and briefed on Russia.");
        assertTrue(keys.contains("Keir Starmer|receive|Volodymyr Zelensky"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Volodymyr Zelensky|brief")), keys.toString());
        keys = triples("Narendra Modi was received by Vladimir Putin in Moscow and travelled to Belarus on Tuesday.");
        assertTrue(keys.contains("Narendra Modi|travel to|Belarus"), keys.toString());
        keys = triples("Viktor Orban was re-elected in April and clashed with the European Union over Ukraine.");
        assertTrue(keys.contains("Viktor Orban|clash with|European Union"), keys.toString());
    }

    @Test
    void aPassiveVerbAfterAnActiveOneHasTheSubjectAsWhatItUndergoes() {
        List<String> keys = triples("William Ruto met Yoweri Museveni and was received by Samia Suluhu Hassan in Dodoma.");
        assertTrue(keys.containsAll(List.of("William Ruto|meet|Yoweri Museveni", "Samia Suluhu Hassan|receive|William Ruto")), keys.toString());
        assertFalse(keys.contains("William Ruto|receive|Samia Suluhu Hassan"), keys.toString());
    }
}
