package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Israel denied attacking Lebanon": the gerund's doer is the verb's subject, through the real pipeline. */
class GerundComplementRepairTest {
    private static Triple only(String text, String predicate) {
        List<Triple> found = TestPipeline.extract(text).triples().stream().filter(t -> t.predicate().equals(predicate)).toList();
        assertEquals(1, found.size(), text + " -> " + TestPipeline.extract(text).triples());
        return found.get(0);
    }

    @Test
    void whoJoinsAnotherInAnActAndTheOneJoinedBothDoIt() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Germany joined France in condemning Russia."));
        assertTrue(keys.containsAll(List.of("Germany|condemn|Russia", "France|condemn|Russia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Germany|join|")), keys.toString());
        // joining an organization is membership; another verb's "in" gerund is no one's act
        List<String> other = RuleFileCases.keys(TestPipeline.extract("Sweden joined NATO in 2024. Poland voted in favour of sanctioning Russia."));
        assertTrue(other.contains("Sweden|join|NATO"), other.toString());
        assertTrue(other.stream().noneMatch(k -> k.startsWith("Poland|")), other.toString());
    }

    @Test
    void aDeniedActDidNotHappen() {
        Triple attack = only("Israel denied attacking Lebanon.", "attack");
        assertEquals("Israel", attack.subject().name());
        assertEquals("Lebanon", attack.object().name());
        assertTrue(attack.negated());
    }

    @Test
    void aGerundReadAsAnAdjectiveIsTheComplementAfterAGerundVerb() {
        // the parser takes "supplying" for an adjective of "drones", the object of "denied"
        Triple supply = only("Iran denied supplying drones to Russia.", "supply drones to");
        assertEquals("Iran", supply.subject().name());
        assertTrue(supply.negated());
        // after a verb that takes no gerund complement it stays an adjective
        List<Triple> welcomed = TestPipeline.extract("Japan welcomed rising investment from India.").triples();
        assertTrue(welcomed.stream().anyMatch(t -> t.predicate().equals("welcome investment from")), welcomed.toString());
        assertTrue(welcomed.stream().noneMatch(t -> t.predicate().startsWith("rise")), welcomed.toString());
    }

    @Test
    void aResumedActDid() {
        Triple shell = only("Russia resumed shelling Ukraine.", "shell");
        assertEquals("Russia", shell.subject().name());
        assertFalse(shell.negated());
    }

    @Test
    void theActChargedIsTheAccusedsAndAClaim() {
        // the parser takes "supplying" for an adjective of "shells", hung on "accused" with "of"
        Triple supply = only("Washington accused Pyongyang of supplying artillery shells to Moscow for use in Ukraine.", "supply shells to");
        assertEquals("North Korea", supply.subject().name());
        assertEquals("Russia", supply.object().name());
        assertEquals(Modality.REPORTED, supply.modality());
        List<Triple> all = TestPipeline.extract("Washington accused Pyongyang of supplying artillery shells to Moscow for use in Ukraine.").triples();
        assertTrue(all.stream().noneMatch(t -> t.object().name().equals("Ukraine")), all.toString());
        // the passive: the one accused is the subject
        // a date stays with the accusation
        List<Triple> dated = TestPipeline.extract("Washington accused Pyongyang of supplying artillery shells to Moscow on Tuesday.", "2024-05-10").triples();
        Triple accused = dated.stream().filter(t -> t.predicate().equals("accuse")).findFirst().orElseThrow();
        assertEquals("2024-05-07", accused.date() == null ? null : accused.date().value(), dated.toString());
        Triple passive = only("Iran was accused of supplying drones to Russia.", "supply drones to");
        assertEquals("Iran", passive.subject().name());
        assertEquals(Modality.REPORTED, passive.modality());
    }

    @Test
    void anActChargedRightBeforeItsTargetIsAlsoAClaim() {
        Triple arm = only("Israel blamed Iran for arming Hezbollah.", "arm");
        assertEquals("Iran", arm.subject().name());
        assertEquals(Modality.REPORTED, arm.modality());
        Triple help = only("The United States accused China of helping Russia.", "help");
        assertEquals("China", help.subject().name());
        assertEquals(Modality.REPORTED, help.modality());
        // the parser hangs the act as a clause of "accused" and gives it no subject: the one accused does it
        Triple armed = only("Sudan accused the United Arab Emirates of arming the Rapid Support Forces.", "arm");
        assertEquals("United Arab Emirates", armed.subject().name());
        assertEquals(Modality.REPORTED, armed.modality());
        Triple provoke = only("Russia accused Ukraine of provoking Poland.", "provoke");
        assertEquals("Ukraine", provoke.subject().name());
    }

    @Test
    void anActAfterAMarkerIsDoneByTheSubject() {
        // the parser takes "meeting" for an adjective of "Ulf Kristersson", hung on "dropped" with "after"
        Triple meet = only("Viktor Orban dropped his objections after meeting Ulf Kristersson in Budapest.", "meet");
        assertEquals("Viktor Orban", meet.subject().name());
        assertEquals(Modality.ASSERTED, meet.modality());
        // "without" says the act did not happen: no subject is shared
        List<Triple> without = TestPipeline.extract("Viktor Orban visited Sweden without meeting Ulf Kristersson.").triples();
        assertTrue(without.stream().anyMatch(t -> t.predicate().equals("visit")), without.toString());
        assertTrue(without.stream().noneMatch(t -> t.predicate().equals("meet") && !t.negated()), without.toString());
        // an "-ing" adjective after the marker is no act of the subject ("after mounting losses")
        List<Triple> mounting = TestPipeline.extract("Russia withdrew troops from Kherson after mounting losses to Ukraine. "
                + "The United States sanctioned Iran after continuing attacks on Israel by Hezbollah.").triples();
        assertTrue(mounting.stream().anyMatch(t -> t.subject().name().equals("United States") && t.predicate().startsWith("sanction")),
                mounting.toString());
        assertTrue(mounting.stream().noneMatch(t -> t.predicate().startsWith("mount") || t.predicate().startsWith("continue")),
                mounting.toString());
    }

    @Test
    void aGerundHungAsAnObliqueNounWithItsObjectIsTheActOfTheOneConvicted() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Rainer Vossberg, 61, was found to have painted at least 23 fakes. "
                + "His wife, Ute Vossberg, was convicted of helping him to forge letters of provenance and received a suspended sentence."));
        assertTrue(keys.contains("Ute Vossberg|help|Rainer Vossberg"), keys.toString());
        // one cleared of an act is charged with none (no accusation.governors)
        keys = RuleFileCases.keys(TestPipeline.extract("Rainer Vossberg met Anna Berg. His wife, Ute Vossberg, was cleared of helping him to forge letters."));
        assertTrue(keys.contains("Ute Vossberg|wife of|Rainer Vossberg"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Ute Vossberg|help")), keys.toString());
    }
}

