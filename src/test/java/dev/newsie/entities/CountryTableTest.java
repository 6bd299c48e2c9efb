package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CountryTableTest {
    @Test
    void namesAliasesAndDemonymsAreSeparate() throws IOException {
        CountryTable table = CountryTable.fromTsv(Files.readAllLines(Path.of("models/countries.tsv")));
        assertEquals("PRK", table.byName("DPRK").iso3());
        assertEquals("USA", table.byName("U.S.").iso3());
        assertEquals("GBR", table.byName("Britain").iso3());
        assertEquals("Q15180", table.byName("Soviet Union").wikidata());
        assertEquals("RUS", table.byDemonym("Russian").iso3());
        assertEquals("PRK", table.byDemonym("North Korean").iso3());
        assertNull(table.byName("Russian"), "a demonym does not name the country");
        assertNull(table.byName("us"), "matching is case-sensitive");
    }

    @Test
    void everySovereignStateOfCentralAsiaAndTheSahelHasItsDemonym() throws IOException {
        CountryTable table = CountryTable.fromTsv(Files.readAllLines(Path.of("models/countries.tsv")));
        assertEquals("UZB", table.byDemonym("Uzbek").iso3());
        assertEquals("TJK", table.byDemonym("Tajik").iso3());
        assertEquals("TKM", table.byDemonym("Turkmen").iso3());
        assertEquals("NER", table.byDemonym("Nigerien").iso3());
        assertEquals("NGA", table.byDemonym("Nigerian").iso3());
        assertEquals("BFA", table.byDemonym("Burkinabe").iso3());
        assertNull(table.byDemonym("Central African"), "a region's adjective too: no state");
    }
}
