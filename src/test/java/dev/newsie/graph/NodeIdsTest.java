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

    @Test
    void documentIrisAreTheUrlOrTheEscapedId() {
        org.junit.jupiter.api.Assertions.assertEquals("https://example.org/news/1", NodeIds.documentIri("a.txt", "https://example.org/news/1"));
        org.junit.jupiter.api.Assertions.assertEquals("https://newsie.dev/doc/samples%2Fa%3Bb%20c.txt", NodeIds.documentIri("samples/a;b c.txt", null));
        org.junit.jupiter.api.Assertions.assertEquals("https://newsie.dev/doc/%C3%A9t%C3%A9.txt", NodeIds.documentIri("été.txt", "not a url"));
        org.junit.jupiter.api.Assertions.assertEquals("https://newsie.dev/doc/%2E%2E", NodeIds.documentIri("..", null));
        // escaped, never altered: the id reads back exactly
        String id = "day 1/x%41;y.txt";
        org.junit.jupiter.api.Assertions.assertEquals(id, java.net.URLDecoder.decode(
                NodeIds.documentIri(id, null).substring(NodeIds.NEWSIE_DOCUMENT.length()), java.nio.charset.StandardCharsets.UTF_8));
    }
}
