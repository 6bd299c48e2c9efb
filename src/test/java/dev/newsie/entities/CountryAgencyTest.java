package dev.newsie.entities;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agencies named by their field and their country ("Environment Canada"), through the real pipeline. */
class CountryAgencyTest {
    private static List<String> names(ExtractionResult r, EntityType type) {
        return r.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aFieldWordBeforeACountryNamesAnAgency() {
        ExtractionResult r = TestPipeline.extract("Environment Canada spokesperson Julie Hahn said the rules apply to letters.");
        assertEquals(List.of("Environment Canada"), names(r, EntityType.ORGANIZATION));
        assertTrue(names(r, EntityType.COUNTRY).isEmpty(), names(r, EntityType.COUNTRY).toString());
        assertTrue(r.triples().stream().anyMatch(t -> t.subject().name().equals("Julie Hahn")
                && t.object().name().equals("Environment Canada")), r.triples().toString());
    }

    @Test
    void aSportBeforeACountryNamesItsNationalBody() {
        ExtractionResult r = TestPipeline.extract("Badminton Denmark, which led the Aarhus bid, said it was disappointed. Its chief "
                + "executive, Mette Kjærgaard, said Denmark would bid again.");
        assertTrue(names(r, EntityType.ORGANIZATION).contains("Badminton Denmark"), names(r, EntityType.ORGANIZATION).toString());
        assertTrue(names(r, EntityType.COUNTRY).contains("Denmark"), names(r, EntityType.COUNTRY).toString());
        assertTrue(r.triples().stream().anyMatch(t -> t.subject().name().equals("Mette Kjærgaard")
                && t.object().name().equals("Badminton Denmark")), r.triples().toString());
    }

    @Test
    void theCountryAloneOrAfterAnotherWordStaysTheCountry() {
        ExtractionResult r = TestPipeline.extract("The environment in Canada worried Health Canada and the Canadian Press.");
        assertTrue(names(r, EntityType.ORGANIZATION).contains("Health Canada"), names(r, EntityType.ORGANIZATION).toString());
        assertTrue(names(r, EntityType.COUNTRY).contains("Canada"), names(r, EntityType.COUNTRY).toString());
    }

    @Test
    void aFieldWordOpeningASentenceNamesAnAgencyThoughTheTaggerCallsItACommonNoun() {
        ExtractionResult r = TestPipeline.extract("Horticulture New Zealand, which represents fruit growers, said its members could not "
                + "find workers. Its chief executive, Mark Ellison, praised the agreement. Horticulture in New Zealand is thriving.");
        assertTrue(names(r, EntityType.ORGANIZATION).contains("Horticulture New Zealand"), names(r, EntityType.ORGANIZATION).toString());
        assertTrue(r.triples().stream().anyMatch(t -> t.subject().name().equals("Mark Ellison")
                && t.object().name().equals("Horticulture New Zealand")), r.triples().toString());
        // the field word before another word is no agency's
        assertTrue(names(r, EntityType.COUNTRY).contains("New Zealand"), names(r, EntityType.COUNTRY).toString());
        assertEquals(1, names(r, EntityType.ORGANIZATION).size(), names(r, EntityType.ORGANIZATION).toString());
    }
}
