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
}
