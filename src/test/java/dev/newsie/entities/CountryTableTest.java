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
}
