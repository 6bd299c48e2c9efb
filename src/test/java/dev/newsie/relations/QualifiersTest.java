package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Negation, modality, date and text of triples. */
class QualifiersTest {
    private static Triple only(String sentence, String predicate) {
        List<Triple> found = TestPipeline.extract(sentence).triples().stream().filter(t -> t.predicate().equals(predicate)).toList();
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0);
    }

    @Test
    void aSayerAfterTheClauseOrAPassiveReportingVerbReportsTheAct() {
        // the parser hangs "said" loosely and takes its subject for an apposition
        assertEquals(Modality.REPORTED, only("North Korea has supplied artillery shells to Russia, South Korea said.", "supply shells to").modality());
        assertEquals(Modality.REPORTED, only("Iran is believed to have supplied drones to Russia.", "supply drones to").modality());
        assertEquals(Modality.ASSERTED, only("Iran supplied drones to Russia.", "supply drones to").modality());
        // a title on the subject stays the writer's
        Triple role = only("Hungary's Foreign Minister Peter Szijjarto, who has held up several sanctions packages, did not oppose "
                + "the listings this time, diplomats said.", "foreign minister of");
        assertEquals(Modality.ASSERTED, role.modality());
    }

    @Test
    void negation() {
        assertTrue(only("China does not supply weapons to Russia.", "supply weapons to").negated());
        assertFalse(only("China supplies weapons to Russia.", "supply weapons to").negated());
    }

    @Test
    void aTitleSetOffWithItsHolderIsNoNegatedVerbsObject() {
        // the parser may take the title for the object of the negated clause the holder's "said" reports
        assertFalse(only("The decision was criticised by the Lima Chamber of Tourism, whose president, Rosa Quispe, said local "
                + "companies had not been allowed to bid.", "president of").negated());
        assertTrue(only("Lula called off talks between Russia and Ukraine.", "talks with").negated());
        // an apposition that names no holder leaves the noun the negated verb's
        assertTrue(only("Egypt did not host talks, the first in a decade, between Israel and Hamas.", "talks with").negated());
    }

    @Test
    void anActPostponedIsPlannedAndOneCancelledOrCalledOffDidNotHappen() {
        assertEquals(Modality.PLANNED, only("France postponed Macron's visit to China.", "visit").modality());
        assertTrue(only("France cancelled Macron's visit to China.", "visit").negated());
        assertTrue(only("Lula called off talks between Russia and Ukraine.", "talks with").negated());
        // asked for, not cancelled: "called for"
        Triple asked = only("Lula called for talks between Russia and Ukraine.", "talks with");
        assertEquals(Modality.POSSIBLE, asked.modality());
        assertFalse(asked.negated());
    }

    @Test
    void neitherNorNegatesEachParty() {
        List<Triple> neither = TestPipeline.extract("Neither France nor Germany criticized China.").triples();
        assertEquals(2, neither.size(), neither.toString());
        assertTrue(neither.stream().allMatch(Triple::negated), neither.toString());
        List<Triple> both = TestPipeline.extract("France and Germany criticized China.").triples();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.stream().noneMatch(Triple::negated), both.toString());
    }

    @Test
    void plannedFromWillAndSetTo() {
        Triple t = only("Russian President Vladimir Putin is set to visit North Korea.", "visit");
        assertEquals(Modality.PLANNED, t.modality());
        assertEquals("is set to visit", t.text());
        assertEquals(Modality.PLANNED, only("China will hold talks with South Korea.", "hold talks with").modality());
        assertEquals(Modality.PLANNED, only("Vladimir Putin is expected to visit North Korea.", "visit").modality());
        // applying to join is no membership yet; a joining is
        assertEquals(Modality.PLANNED, only("Ukraine applied to join the European Union.", "join").modality());
        // a measure applied is in force
        assertEquals(Modality.ASSERTED, only("Switzerland applied the EU's sanctions against Russia.", "sanctions against").modality());
        assertEquals(Modality.ASSERTED, only("Finland joined NATO in 2023.", "join").modality());
    }

    @Test
    void possibleFromModalsAndConditions() {
        assertEquals(Modality.POSSIBLE, only("Emmanuel Macron could visit Germany.", "visit").modality());
        assertEquals(Modality.POSSIBLE, only("If Vladimir Putin visits North Korea, Japan will protest.", "visit").modality());
        assertEquals(Modality.POSSIBLE, only("Hungary tried to veto aid to Ukraine.", "veto aid to").modality());
        assertEquals(Modality.POSSIBLE, only("Iran is unlikely to attack Israel.", "attack").modality());
    }

    @Test
    void aWillReportedInThePastIsPlannedAsAReportedWillIs() {
        assertEquals(Modality.PLANNED, only("Sunak said Britain would sanction Iran.", "sanction").modality());
        assertEquals(Modality.PLANNED, only("Sunak says Britain will sanction Iran.", "sanction").modality());
        assertEquals(Modality.REPORTED, only("Sunak said Britain sanctioned Iran.", "sanction").modality());
        // a past that did not happen
        assertEquals(Modality.POSSIBLE, only("Sunak said Britain would have sanctioned Iran.", "sanction").modality());
        // not under a condition, nor without a past reporting verb
        assertEquals(Modality.POSSIBLE, only("Rubio said the United States would defend the Philippines if its vessels came under attack.",
                "defend").modality());
        assertEquals(Modality.POSSIBLE, only("Britain would sanction Iran.", "sanction").modality());
    }

    @Test
    void anActAskedOfAnotherIsNoTripleButTheAskingIs() {
        // "asked Turkey to release him" states the asking, not Turkey's act (possible.requestGovernors)
        List<Triple> asked = TestPipeline.extract("Germany asked Turkey to release Deniz Yucel. "
                + "The European Union urged Russia to withdraw from Ukraine.").triples();
        assertEquals(Modality.ASSERTED, only("Germany asked Turkey to release Deniz Yucel.", "ask").modality());
        assertTrue(asked.stream().anyMatch(t -> t.predicate().equals("urge") && t.object().name().equals("Russia")), asked.toString());
        assertTrue(asked.stream().noneMatch(t -> t.predicate().equals("release") || t.predicate().equals("withdraw from")), asked.toString());
        // the party asked in the passive is asked too
        List<Triple> passive = TestPipeline.extract("India was asked by Bangladesh to extradite Sheikh Hasina.").triples();
        assertTrue(passive.stream().anyMatch(t -> t.predicate().startsWith("ask")), passive.toString());
        assertTrue(passive.stream().noneMatch(t -> t.predicate().equals("extradite")), passive.toString());
        // one's own wish or an order to another stays a possible act ("ordered the company to pay him" is mostly done)
        assertEquals(Modality.POSSIBLE, only("Vladimir Putin asked to meet Xi Jinping.", "meet").modality());
        assertEquals("Pentagon", only("Joe Biden ordered the Pentagon to fund Ukraine.", "fund").subject().name());
        // a clause demanded of another: asked for, not done; a clause told to someone: reported
        assertEquals(Modality.POSSIBLE, only("Washington demanded that Hamas renounce its armed struggle against Israel.",
                "renounce struggle against").modality());
        assertEquals(Modality.REPORTED, only("Blinken told reporters that China supplied weapons to Russia.", "supply weapons to").modality());
        // a verb coordinated with the request is done, not asked for
        assertEquals(Modality.ASSERTED, only("Poland called on Germany and sent tanks to Ukraine.", "send tanks to").modality());
    }

    @Test
    void possibleWhenOnlyWeighed() {
        assertEquals(Modality.POSSIBLE, only("Xi Jinping considered visiting Russia.", "visit").modality());
        assertEquals(Modality.POSSIBLE, only("Germany is weighing sending tanks to Ukraine.", "send tanks to").modality());
        assertEquals(Modality.ASSERTED, only("Xi Jinping visited Russia after weeks of talks.", "visit").modality());
    }

    @Test
    void anActNamedByANounTakesTheModalityOfTheVerbThatAsksForIt() {
        // talks called for or refused are not held; talks welcomed or held are
        assertEquals(Modality.POSSIBLE, only("Lula called for peace talks between Russia and Ukraine.", "talks with").modality());
        assertEquals(Modality.POSSIBLE, only("The pope urged talks between Russia and Ukraine.", "talks with").modality());
        assertTrue(only("Benjamin Netanyahu refused talks between Israel and Hamas.", "talks with").negated());
        // the clause that takes the noun lends it its modality
        assertEquals(Modality.PLANNED, only("Recep Tayyip Erdogan offered to host peace talks between Russia and Ukraine.", "talks with").modality());
        assertTrue(only("Egypt did not organize talks between Israel and Hamas.", "talks with").negated());
        // a time phrase's act is as reported as its clause; a noun in a phrase of cause is not the clause's act
        assertEquals(Modality.REPORTED, only("Joe Biden said that after talks with Xi Jinping, China agreed to curb exports.",
                "talks with").modality());
        assertEquals(Modality.ASSERTED, only("Due to Ford's contract with the United Auto Workers, workers will be paid.",
                "contract with").modality());
        Triple welcomed = only("China welcomed the talks between Russia and Ukraine.", "talks with");
        assertEquals(Modality.ASSERTED, welcomed.modality());
        assertFalse(welcomed.negated());
    }

    @Test
    void denyingNegates() {
        assertTrue(only("China denied that it sold weapons to Russia.", "sell weapons to").negated());
        assertFalse(only("Officials said that China sold weapons to Russia.", "sell weapons to").negated());
    }

    @Test
    void reportedUnderASayingVerb() {
        assertEquals(Modality.REPORTED, only("Officials said that Vladimir Putin visited North Korea.", "visit").modality());
        assertEquals(Modality.REPORTED, only("He mentioned that General Motors received loans from Canada.", "give loans to").modality());
        assertEquals(Modality.REPORTED, only("According to AFP, Russia attacked Ukraine on Monday.", "attack").modality());
        assertEquals(Modality.ASSERTED, only("Russia attacked Ukraine on Monday.", "attack").modality());
        // an adverb that passes on what others say
        assertEquals(Modality.REPORTED, only("Israel reportedly struck Iran on Saturday.", "strike").modality());
        assertEquals(Modality.REPORTED, only("North Korea allegedly supplied artillery shells to Russia.", "supply shells to").modality());
    }

    @Test
    void anIntentTheSubjectHasIsItsOwnAndNoIntentNegates() {
        Triple none = only("Germany has no plans to recognize Palestine.", "recognize");
        assertTrue(none.negated());
        assertEquals(Modality.PLANNED, none.modality());
        assertEquals("Germany", none.subject().name());
        Triple some = only("Poland signed a contract to buy tanks from South Korea.", "buy tanks from");
        assertFalse(some.negated());
        assertEquals("Poland", some.subject().name());
    }

    @Test
    void aPlannedOrScheduledActNamedByANounIsPlannedButAPlanItselfIsNot() {
        assertEquals(Modality.PLANNED, only("Trump's planned visit to Britain angered critics.", "visit").modality());
        assertEquals(Modality.PLANNED, only("Modi's scheduled trip to Washington was confirmed.", "visit").modality());
        assertEquals(Modality.ASSERTED, only("Trump's visit to Britain angered critics.", "visit").modality());
        assertEquals(Modality.PLANNED, only("The proposed merger between Nissan and Honda collapsed.", "merger with").modality());
        assertEquals(Modality.ASSERTED, only("Barack Obama explained his proposed plan for General Motors.", "plan for").modality());
    }

    @Test
    void assertedOtherwiseWithTheSentenceDate() {
        Triple t = only("In September 2023, Vladimir Putin visited North Korea.", "visit");
        assertEquals(Modality.ASSERTED, t.modality());
        assertEquals("2023-09", t.date().value());
    }

    @Test
    void aGovernmentStandsForItsCountryAndADescriptorForTheNameAfterIt() {
        Triple t = only("The Romanian government bought the plant from Daewoo Motors.", "buy plant from");
        assertEquals("Romania", t.subject().name());
        Triple u = only("The auto manufacturer Chrysler has asked the US government for aid.", "ask");
        assertEquals("Chrysler", u.subject().name());
        assertEquals("United States", u.object().name());
    }

    @Test
    void aRuleCanSayItsTriplesArePlanned() {
        assertEquals(Modality.PLANNED, only("Fiat made an offer to acquire Chrysler.", "acquire").modality());
    }

    @Test
    void evidenceIsTheSentenceSpan() {
        String text = "Kim arrived. Vladimir Putin visited North Korea.";
        Triple t = only(text, "visit");
        assertEquals("Vladimir Putin visited North Korea.", text.substring(t.evidenceStart(), t.evidenceEnd()));
        assertEquals(1, t.sentence());
    }
}
