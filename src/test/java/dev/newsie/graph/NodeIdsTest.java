package dev.newsie.graph;

import dev.newsie.dates.DateValues;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NodeIdsTest {
    @Test
    void countriesAreWikidataEntities() {
        assertEquals("wd:Q423", NodeIds.of("COUNTRY", "North Korea", "Q423", "PRK"));
        assertEquals("http://www.wikidata.org/entity/Q423", NodeIds.iri("wd:Q423"));
        assertEquals("wd:Q423", NodeIds.of("COUNTRY", "DPRK", "Q423", "PRK"), "the name does not matter");
        assertEquals("country:xkx", NodeIds.of("COUNTRY", "Somewhere", null, "XKX"));
    }

    @Test
    void peopleAndOrganizationsByNormalizedName() {
        assertEquals("person:kim-jong-un", NodeIds.of("PERSON", "Kim Jong-un", null, null));
        assertEquals("person:kim-jong-un", NodeIds.of("PERSON", "Kim Jong Un", null, null));
        assertEquals("organization:societe-generale", NodeIds.of("ORGANIZATION", "Société Générale", null, null));
        assertEquals("organization:ford-motor-co", NodeIds.of("ORGANIZATION", "Ford Motor Co.", null, null));
        assertEquals("https://newsie.dev/id/person/vladimir-putin", NodeIds.iri(NodeIds.of("PERSON", "Vladimir Putin", null, null)));
        assertEquals("person:unnamed", NodeIds.of("PERSON", "--", null, null));
    }

    @Test
    void datesOrderByTheDayTheyStart() {
        assertEquals(-1, Integer.signum(DateValues.compare("2024-05", "2024-05-03")));
        assertEquals(-1, Integer.signum(DateValues.compare("2024-06-13", "2024-W25")), "week 25 of 2024 starts June 17");
        assertEquals(1, Integer.signum(DateValues.compare("2024-W25", "2024-06-16")));
        assertEquals(-1, Integer.signum(DateValues.compare("2023", "2023-01")));
        assertEquals(false, DateValues.isCalendarDate("PRESENT_REF"));
    }
}
