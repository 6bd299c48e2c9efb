package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "his foreign minister, Kamina Johnson Smith": a state's office a leader's possessive names, through the real pipeline. */
class PossessedTitleRolesTest {
    private static List<String> keys(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void aStatesOfficeALeaderPossessesIsHeldInTheLeadersState() {
        List<String> keys = keys("Jamaica's Prime Minister Andrew Holness did not attend the summit and was represented by his "
                + "foreign minister, Kamina Johnson Smith. Tanzanian President Samia Suluhu Hassan did not attend; she sent her "
                + "vice-president, Philip Mpango, instead.");
        assertTrue(keys.containsAll(List.of("Kamina Johnson Smith|foreign minister of|Jamaica", "Philip Mpango|vice-president of|Tanzania")),
                keys.toString());
    }

    @Test
    void aPersonalOrPastTitleIsNoStatesOffice() {
        List<String> keys = keys("Russian President Vladimir Putin met his spokesman, Dmitry Peskov, on Monday.");
        assertTrue(keys.contains("Dmitry Peskov|spokesman of|Vladimir Putin"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Dmitry Peskov|") && k.endsWith("|Russia")), keys.toString());
        keys = keys("Russian President Vladimir Putin met his former defence minister, Sergei Shoigu, on Monday.");
        assertTrue(keys.contains("Vladimir Putin|president of|Russia"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Sergei Shoigu|defence minister of")), keys.toString());
    }

    @Test
    void inAListOfRolesEachIsItsOwnNames() {
        // the parser hangs the list on the first role: its holder is the first name only
        List<String> keys = keys("Russian President Vladimir Putin met his spokesman, Dmitry Peskov, his former defence minister, "
                + "Sergei Shoigu, and his foreign minister, Sergei Lavrov.");
        assertTrue(keys.contains("Dmitry Peskov|spokesman of|Vladimir Putin"), keys.toString());
        assertFalse(keys.contains("Sergei Shoigu|spokesman of|Vladimir Putin"), keys.toString());
        assertFalse(keys.contains("Sergei Lavrov|spokesman of|Vladimir Putin"), keys.toString());
    }

    @Test
    void anotherLeaderNamedByTitleInBetweenMayBeTheOne() {
        List<String> keys = keys("Russian President Vladimir Putin met Kazakhstan's president and his foreign minister, Murat Nurtleu, "
                + "in Astana.");
        assertTrue(keys.contains("Vladimir Putin|president of|Russia"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Murat Nurtleu|") && k.endsWith("|Russia")), keys.toString());
    }
}
