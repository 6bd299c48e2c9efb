package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Germany's decision to send tanks": the noun's owner is to act, through the real pipeline. */
class NominalControlRepairTest {
    private static List<Triple> triples(String text) {
        return TestPipeline.extract(text).triples();
    }

    private static Triple only(String text, String predicate) {
        List<Triple> found = triples(text).stream().filter(t -> t.predicate().equals(predicate)).toList();
        assertEquals(1, found.size(), text + " -> " + triples(text));
        return found.get(0);
    }

    @Test
    void theMakerOfADealWithNoOwnerIsToAct() {
        Triple buy = only("Poland signed a deal to buy tanks from South Korea.", "buy tanks from");
        assertEquals("Poland", buy.subject().name());
        assertEquals("South Korea", buy.object().name());
        assertEquals("Sweden", only("Sweden launched a bid to join NATO.", "join").subject().name());
        // a plan someone else made: rejecting it does not make the rejecter the one to act
        List<Triple> rejected = triples("France rejected a proposal to send troops to Ukraine.");
        assertTrue(rejected.stream().noneMatch(t -> t.subject().name().equals("France") && t.object().name().equals("Ukraine")),
                rejected.toString());
        assertEquals("Germany", only("Germany made the decision to send tanks to Ukraine.", "send tanks to").subject().name());
        // with a counterparty either side may be the one to act
        List<Triple> withHanwha = triples("Poland signed a contract with Hanwha to deliver 180 tanks to Ukraine.");
        assertTrue(withHanwha.stream().anyMatch(t -> t.subject().name().equals("Poland") && t.object().name().equals("Hanwha")), withHanwha.toString());
        assertTrue(withHanwha.stream().noneMatch(t -> t.subject().name().equals("Poland") && t.object().name().equals("Ukraine")), withHanwha.toString());
    }

    @Test
    void theOwnerOfADecisionIsToAct() {
        Triple send = only("Germany's decision to send tanks to Ukraine angered Russia.", "send tanks to");
        assertEquals("Germany", send.subject().name());
        assertEquals("Ukraine", send.object().name());
        assertEquals(Modality.PLANNED, send.modality());
        Triple by = only("The decision by Germany to send tanks to Ukraine was criticized.", "send tanks to");
        assertEquals("Germany", by.subject().name());
    }

    @Test
    void theActIsPlannedTriedOrRefusedAsTheNounSays() {
        Triple join = only("Turkey blocked Sweden's bid to join NATO.", "join");
        assertEquals("Sweden", join.subject().name());
        assertEquals(Modality.PLANNED, join.modality());
        assertEquals(Modality.POSSIBLE, only("Russia's attempt to seize Ukraine failed.", "seize").modality());
    }

    @Test
    void aNounThatIsNoIntentGivesNoDoer() {
        // "Germany's tanks" do not send anything; the sentence's own subject still acts
        List<String> keys = triples("Germany's army helped Poland to send tanks to Ukraine.").stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("Germany|help")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Germany|send tanks to|Ukraine")), keys.toString());
    }
}
