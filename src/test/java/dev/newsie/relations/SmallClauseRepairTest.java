package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a verb that gives its object a title, the name is the one appointed and the title what it is made. */
class SmallClauseRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theNameIsTheOneAppointedNotACompoundOfTheTitle() {
        List<String> keys = triples("Vladimir Putin appointed Andrei Belousov defence minister of Russia.");
        assertTrue(keys.contains("Vladimir Putin|appoint|Andrei Belousov"), keys.toString());
        assertTrue(keys.contains("Andrei Belousov|defence minister of|Russia"), keys.toString());
        // the country is no one appointed
        assertFalse(keys.contains("Vladimir Putin|appoint|Russia"), keys.toString());
        keys = triples("Donald Trump named Marco Rubio secretary of state.");
        assertTrue(keys.contains("Donald Trump|name|Marco Rubio"), keys.toString());
    }

    @Test
    void aTitleThatIsTheObjectStaysOne() {
        // "appointed a new defence minister": no name, nothing moves
        List<String> keys = triples("Vladimir Putin appointed a new defence minister and met Xi Jinping.");
        assertTrue(keys.contains("Vladimir Putin|meet|Xi Jinping"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Vladimir Putin|appoint")), keys.toString());
        // a name inside a phrase a determiner opens, before no title, is nobody appointed
        keys = triples("Vladimir Putin appointed a Shoigu ally as governor of Kursk and met Xi Jinping.");
        assertTrue(keys.contains("Vladimir Putin|meet|Xi Jinping"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Vladimir Putin|appoint")), keys.toString());
    }

    @Test
    void aTitleHungLooselyOnTheNameIsWhatTheNameIsMade() {
        List<String> keys = triples("General Motors named Mary Barra its chief executive.");
        assertTrue(keys.contains("General Motors|name|Mary Barra"), keys.toString());
        assertTrue(keys.contains("Mary Barra|chief executive of|General Motors"), keys.toString());
        // a name with no title after it stays the object, no role
        keys = triples("General Motors named Mary Barra on Monday.");
        assertTrue(keys.contains("General Motors|name|Mary Barra"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Mary Barra|")), keys.toString());
    }
}
