package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.pipeline.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed-event mapping built from the CAMEO dictionary (models/event-codes.tsv, models/event-predicates.tsv). */
class EventCodesTest {
    private static final Models MODELS = Models.fromDirectory(TestPipeline.MODELS);
    private static final RelationTypes TYPES = RelationTypes.load(MODELS::lines);

    /** One predicate per family of rows of the generated table, and the readings a predicate falls back to. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // verb (a block's default code): "Albania denounced Serbia"
            "denounce|111|DISAPPROVE", "arrest|173|COERCE", "demand|100|DEMAND", "apologize|055|SUPPORT",
            // verb of a block without a default, by the root most of its patterns use: "Bangladesh rejected ..."
            "reject|120|REJECT",
            // phrasal verb and verb + preposition: "withdraw from", "meet with"
            "withdraw from|0874|RETREAT", "meet with|040|CONSULT",
            // verb + object noun, verb + object noun + preposition: "grant asylum to", "establish ties with"
            "grant asylum|075|AID", "grant asylum to|075|AID", "establish ties with|054|SUPPORT",
            // newsie's corrections (event-extras.tsv)
            "agree|030|AGREE", "invade|190|FIGHT",
            // readings: without the final preposition ("offer troops to" -> "offer troop", military aid), the verb
            // alone ("offer ideas to" -> "offer"), the preposition after the verb dropped, the verb and its preposition
            "offer troops to|0332|AGREE", "offer ideas to|031|AGREE", "shell positions of|190|FIGHT", "agree to mediation of|031|AGREE",
            // a light verb alone reads nothing ("hold elections in" is not "hold", which codes detention)
            "hold elections in|-|-", "hold|-|-",
            // a phrase the dictionary codes as an appeal (02x, no PLOVER event) stops there: "call for" is not "call"
            "call for sanctions against|-|-", "urge|-|-", "say|-|-",
            // no dictionary reading at all
            "frobnicate with|-|-"})
    void predicateReadsToCameoCode(String predicate, String cameo, String plover) {
        EventCodes events = TYPES.events();
        assertEquals(cameo, events.code(predicate), predicate);
        RelationType type = events.classify(predicate);
        assertEquals(plover, type == null ? null : type.plover(), predicate);
    }

    @Test
    void governingVerbsAreExactRowsOnly() {
        EventCodes events = TYPES.events();
        assertEquals("031", events.exactCode("offer to"));
        assertEquals("120", events.exactCode("refuse to"));
        assertEquals("130", events.exactCode("threaten to"));
        assertNull(events.exactCode("plan to"), "planning is modality, not an event of its own");
        assertNull(events.exactCode("decide to"));
    }

    @Test
    void dictionaryTypesFillInWhatTheHandTablesDoNotList() {
        Relation hand = TYPES.classify("condemn", false);
        assertEquals("criticize", hand.name(), "the hand-made table wins");
        Relation coded = TYPES.classify("expel", false);
        assertTrue(coded.type().known());
        assertEquals("event", coded.type().kind());
        assertTrue(coded.type().isEvent(), coded.toString());
        // a dictionary code that the hand table types takes the hand-made type and its symmetry
        assertEquals("attack", TYPES.classify("shell positions of", false).name());
        assertEquals("meet", TYPES.classify("contact", false).name());
        // a role is never an event
        assertFalse(TYPES.classify("president of", false).type().isEvent());
    }

    /**
     * Wherever both the hand-made tables and the CAMEO dictionary type a predicate, they give the same PLOVER
     * event type; and every hand-made event type has the PLOVER type and mode of its CAMEO code.
     */
    @Test
    void handTablesAndCameoDictionaryAgree() throws IOException {
        Map<String, String[]> handTypes = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("models/relation-types.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                handTypes.put(c[0], c);
            }
        }
        Map<String, String[]> codes = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("models/event-codes.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                codes.put(c[0], c);
            }
        }
        for (String[] type : handTypes.values()) {
            if (type[5].startsWith("02")) {
                // an appeal to a party: PLOVER drops CAMEO's appeal category but codes every request as REQUEST
                assertEquals("DEMAND", type[4], "an appeal (CAMEO " + type[5] + ") is a request");
                assertFalse(codes.containsKey(type[5]), "CAMEO " + type[5] + " stays out of event-codes.tsv");
                continue;
            }
            if (!type[4].equals("-")) {
                String[] row = codes.get(type[5]);
                assertEquals(type[4], row[2], "PLOVER type of " + type[0] + " (CAMEO " + type[5] + ")");
                if (!type[6].equals("-")) {
                    assertEquals(type[6], row[3], "mode of " + type[0]);
                }
                assertTrue(handTypes.containsKey(TYPES.events().byCode(type[5]).name()), "CAMEO " + type[5] + " keeps a hand-made type");
            }
        }
        List<String> checked = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("models/relation-predicates.tsv"))) {
            if (line.startsWith("#") || line.isBlank() || line.contains("{role}")) {
                continue;
            }
            String[] c = line.split("\t");
            String handPlover = handTypes.get(c[1])[4];
            String code = TYPES.events().predicates().get(EventCodes.key(c[0]));
            if (handPlover.equals("-") || code == null || TYPES.events().byCode(code) == null) {
                continue;
            }
            checked.add(c[0]);
            String cameoPlover = TYPES.events().byCode(code).plover();
            if (!cameoPlover.equals(handPlover)) {
                disagree.add(c[0] + ": hand " + handPlover + ", CAMEO " + code + " " + cameoPlover);
            }
        }
        assertTrue(checked.size() > 50, "the two tables overlap: " + checked.size());
        assertEquals(List.of(), disagree);
    }

    @Test
    void mistakesInTheGeneratedTablesStopStartUp() {
        Map<String, RelationType> types = new HashMap<>();
        types.put("meet", new RelationType("meet", "event", true, null, "CONSULT", "040", null, null, true));
        IllegalArgumentException disagree = assertThrows(IllegalArgumentException.class, () -> EventCodes.parse(
                List.of("040\tmeet\tAGREE\t-\t-\tConsult"), List.of(), Set.of(), new HashMap<>(types)));
        assertTrue(disagree.getMessage().contains("event-codes.tsv, line 1") && disagree.getMessage().contains("meet"), disagree.getMessage());
        IllegalArgumentException unknownCode = assertThrows(IllegalArgumentException.class, () -> EventCodes.parse(
                List.of("040\tmeet\tCONSULT\t-\t-\tConsult"), List.of("# x", "meet\t999\tverb\tMEET"), Set.of(), new HashMap<>(types)));
        assertTrue(unknownCode.getMessage().contains("event-predicates.tsv, line 2"), unknownCode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventCodes.parse(
                List.of("040\tmeet\tCONSULTING\t-\t-\tConsult"), List.of(), Set.of(), new HashMap<>(types)));
    }
}
