package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import dev.newsie.pipeline.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canonical relation types of models/relation-types.tsv and relation-predicates.tsv. */
class RelationTypesTest {
    private static final RelationTypes TYPES = RelationTypes.load(Models.fromDirectory(TestPipeline.MODELS)::lines);

    /** One predicate per family of the table: the type, the role it carries, and the direction. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "meet|meet|-|false", "meet with|meet|-|false", "hold talks with|meet|-|false", "talk with|meet|-|false",
            "summit with|meet|-|false", "phone|phone|-|false", "visit|visit|-|false", "travel to|visit|-|false",
            "host|visit|-|true", "negotiate with|negotiate|-|false", "reach agreement with|agree|-|false",
            "sign agreement with|sign-agreement|-|false", "establish relations with|establish-relations|-|false",
            "praise|praise|-|false", "receive loans from|economic-aid|-|true", "supply weapons to|military-aid|-|false",
            "provide aid to|aid|-|false", "investigate|investigate|-|false", "condemn|criticize|-|false",
            "accuse|accuse|-|false", "threaten|threaten|-|false", "cut ties with|break-relations|-|false",
            "impose sanctions on|sanction|-|false", "sanction|sanction|-|false", "fight with|fight|-|false",
            "invade|attack|-|false", "tell|communicate|-|false", "receive letter from|communicate|-|true", "acquire|acquire|-|false", "merge with|merge|-|false", "name|appoint|-|false",
            "work for|employment|-|false", "employ|employment|-|true", "member of|membership|-|false",
            "citizen of|citizenship|-|false", "headquartered in|headquarters|-|false", "father of|father-of|-|false",
            "mother of|mother-of|-|false", "son of|child-of|-|false", "wife of|spouse|-|false", "sister of|sibling|-|false",
            "president of|position-held|president|false", "vice foreign minister of|position-held|vice foreign minister|false",
            "external affairs minister of|position-held|external affairs minister|false", "owner of|owner|-|false", "supplier of|supplier|-|false", "foreign ministry spokesperson of|position-held|foreign ministry spokesperson|false",
            "federal industry minister of|position-held|federal industry minister|false",
            "european affairs minister of|position-held|european affairs minister|false",
            "senior research fellow at|position-held|senior research fellow|false", "chief executive of|position-held|chief executive|false",
            "spokesman for|position-held|spokesman|false", "ambassador to|position-held|ambassador to|false",
            "lead|position-held|leader|false", "found|position-held|founder|false", "chief of staff of|position-held|chief of staff|false",
            "take over from|succeed|-|false", "pay call on|meet|-|false", "stake in|shareholder|-|false"})
    void predicateGetsItsType(String predicate, String type, String role, boolean inverse) {
        Relation r = TYPES.classify(predicate, false);
        assertEquals(type, r.name());
        assertTrue(r.type().known());
        assertEquals(role, r.role());
        assertEquals(inverse, r.inverse());
    }

    @Test
    void verbPhrasesEndingInATitleAreNoRoles() {
        // "GM announced the head of ...": a verb and its object, not a title (the verb may still be an event: contact)
        assertEquals("announce head of", TYPES.classify("announce head of", false).name());
        assertEquals("meet", TYPES.classify("contact minister of", false).name());
        assertEquals("position-held", TYPES.classify("deputy prime minister of", false).name());
    }

    @Test
    void symmetryComesFromTheTypeNotTheSentence() {
        assertTrue(TYPES.classify("meet with", false).type().symmetric(), "X met with Y: symmetric all the same");
        assertFalse(TYPES.classify("visit", true).type().symmetric(), "a visit never holds both ways");
    }

    @Test
    void unknownPredicateIsItsOwnTypeWithTheConstructionsSymmetry() {
        Relation r = TYPES.classify("receive loan offer from", false);
        assertEquals("receive loan offer from", r.name());
        assertFalse(r.type().known());
        assertEquals(RelationType.UNTYPED_KIND, r.type().kind());
        assertTrue(TYPES.classify("bicker with", true).type().symmetric());
    }

    @Test
    void everyTypeIsUsedAndEventsCarryPloverCodes() {
        for (RelationType type : TYPES.types()) {
            assertTrue(type.known());
            if ("event".equals(type.kind()) && type.plover() != null) {
                assertTrue(type.cameo().matches("\\d{3,4}"), type.toString());
            }
        }
        RelationType visit = TYPES.type("visit", false);
        assertEquals(List.of("CONSULT", "042", "visit"), List.of(visit.plover(), visit.cameo(), visit.mode()));
        RelationType meet = TYPES.type("meet", false);
        assertEquals(List.of("CONSULT", "040"), List.of(meet.plover(), meet.cameo()));
        assertNull(TYPES.type("position-held", false).plover());
        assertEquals("P39", TYPES.type("position-held", false).wikidata());
        RelationType father = TYPES.type("father-of", false);
        assertEquals("P22", father.wikidataProperty());
        assertTrue(father.wikidataInverse());
    }

    @Test
    void mistakesInTheTableStopStartUpAndNameTheLine() {
        List<String> types = List.of("meet\tevent\tyes\t-\tCONSULT\t040\t-\tmeet");
        IllegalArgumentException unknownType = assertThrows(IllegalArgumentException.class, () -> RelationTypes.parse(types,
                List.of("# c", "meet\tmeeet\tforward\t-"), Set.of("president"), Set.of()));
        assertTrue(unknownType.getMessage().contains("relation-predicates.tsv, line 2") && unknownType.getMessage().contains("meeet"),
                unknownType.getMessage());
        IllegalArgumentException badPlover = assertThrows(IllegalArgumentException.class, () -> RelationTypes.parse(
                List.of("meet\tevent\tyes\t-\tCONSULTS\t040\t-\tmeet"), List.of(), Set.of(), Set.of()));
        assertTrue(badPlover.getMessage().contains("CONSULTS"), badPlover.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RelationTypes.parse(types, List.of("meet\tmeet\tsideways\t-"), Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> RelationTypes.parse(types, List.of("meet\tmeet\tforward"), Set.of(), Set.of()));
        IllegalArgumentException badObjectType = assertThrows(IllegalArgumentException.class,
                () -> RelationTypes.parse(types, List.of("meet @persons\tmeet\tforward\t-"), Set.of(), Set.of()));
        assertTrue(badObjectType.getMessage().contains("@persons"), badObjectType.getMessage());
        RelationTypes typed = RelationTypes.parse(types, List.of("meet @person\tmeet\tforward\t-"), Set.of(), Set.of());
        assertEquals("meet", typed.classify("meet", false, dev.newsie.entities.EntityType.PERSON).name());
    }

    /** The point of the types: every way of saying it gives one symmetric relation. */
    @Test
    void metAndMetWithAndAndMetAreOneSymmetricRelationInExtractOutput() {
        for (String sentence : List.of("Joe Biden met Xi Jinping in San Francisco.", "Joe Biden met with Xi Jinping in San Francisco.",
                "Joe Biden and Xi Jinping met in San Francisco.", "Joe Biden held talks with Xi Jinping in San Francisco.")) {
            ExtractionResult r = TestPipeline.extract(sentence);
            List<Triple> meetings = r.triples().stream().filter(t -> t.relation() != null && t.relation().name().equals("meet")).toList();
            assertEquals(1, meetings.size(), sentence + ": " + r.triples());
            assertTrue(meetings.get(0).symmetric(), sentence);
            assertTrue(Set.of("meet", "meet with", "hold talks with").contains(meetings.get(0).predicate()), "surface predicate kept: " + sentence);
        }
    }

    @Test
    void titlesBecomePositionHeldWithTheRole() {
        ExtractionResult r = TestPipeline.extract("Sun Weidong, Vice Foreign Minister of China, arrived in Seoul.");
        Triple t = r.triples().stream().filter(x -> x.subject().name().equals("Sun Weidong") && x.object().name().equals("China"))
                .findFirst().orElseThrow();
        assertEquals("position-held", t.relation().name());
        assertEquals("vice foreign minister", t.relation().role());
        assertEquals("vice foreign minister of", t.predicate());
    }

    @Test
    void aWelcomedPersonIsAVisitorAWelcomedThingIsPraised() {
        ExtractionResult r = TestPipeline.extract("Xi Jinping welcomed Vladimir Putin to Beijing. NATO welcomed Finland.");
        Triple host = r.triples().stream().filter(t -> t.subject().name().equals("Xi Jinping")).findFirst().orElseThrow();
        assertEquals("visit", host.relation().name());
        assertTrue(host.relation().inverse(), "Putin visits Xi");
        Triple praise = r.triples().stream().filter(t -> t.subject().name().equals("NATO")).findFirst().orElseThrow();
        assertEquals("praise", praise.relation().name());
        assertEquals("praise", TYPES.classify("welcome", false).name());
        assertEquals("visit", TYPES.classify("welcome", false, dev.newsie.entities.EntityType.PERSON).name());
    }
}
