package dev.newsie.entities;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The country and sector a person or organization acts for: from the text, else from the dated dictionary. */
class ActorCountriesTest {

    private static Entity entity(ExtractionResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.entities()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Russian President Vladimir Putin arrived in Hanoi.|Vladimir Putin|RUS|GOV|text",
            "U.S. General Mark Milley spoke to reporters.|Mark Milley|USA|MIL|text",
            // the Pentagon's country comes from the dictionary, so John Kirby's does too
            "Pentagon spokesman John Kirby spoke to reporters.|John Kirby|USA|GOV|dictionary",
            "Former Japanese Prime Minister Taro Aso arrived.|Taro Aso|JPN|ELI|text",
            "Polish President Andrzej Duda visited Kyiv.|Andrzej Duda|POL|GOV|text",
            "Lebanon's new President Michel Aoun arrived.|Michel Aoun|LBN|GOV|text",
            "Anna Novak, the foreign minister of Slovenia, arrived.|Anna Novak|SVN|GOV|text",
            "The Nigerian Union of Teachers called off its strike.|Nigerian Union of Teachers|NGA|-|text",
            "The Turkish Foreign Ministry summoned the ambassador.|Turkish Foreign Ministry|TUR|GOV|text",
            // a country's possessive before the name owns the body (where the tagger took it into the name, it is left
            // out of it)
            "Ivory Coast's Supreme Court allowed Alassane Ouattara to run.|Supreme Court|CIV|JUD|text",
            // a plural country's possessive too
            "The Philippines' Supreme Court upheld the ban.|Supreme Court|PHL|JUD|text"})
    void theTextSaysTheCountry(String sentence, String name, String iso3, String sector, String source) {
        Actor a = entity(TestPipeline.extract(sentence), name).actor();
        assertEquals(iso3, a == null || a.country() == null ? null : a.country().iso3(), sentence);
        assertEquals(sector, a.sector(), sentence);
        assertEquals(source, a.source());
    }

    /** A role that ended before the document's date does not apply; one that began after it neither. */
    @Test
    void theDictionaryHonoursTheDocumentDate() {
        String text = "Vladimir Putin arrived in Hanoi.";
        Actor now = entity(TestPipeline.extract(text, "2024-06-14"), "Vladimir Putin").actor();
        assertEquals("RUS", now.country().iso3());
        assertEquals("GOV", now.sector());
        assertEquals(Actor.DICTIONARY, now.source());
        Actor before = entity(TestPipeline.extract(text, "1995-03-01"), "Vladimir Putin").actor();
        assertEquals("RUS", before.country().iso3());
        assertEquals("ELI", before.sector(), "not yet in government in 1995");
    }

    @Test
    void aRoleTheDictionaryLeftOpenEndsWithItsSnapshotUnlessNewsieRestatesIt() {
        // Phoenix (early 2015) has Hollande president from 2012 "on": in 2016 he is, in 2020 only his country's elite
        String hollande = "Francois Hollande arrived in Berlin.";
        assertEquals("GOV", entity(TestPipeline.extract(hollande, "2016-03-01"), "Francois Hollande").actor().sector());
        assertEquals("ELI", entity(TestPipeline.extract(hollande, "2020-03-01"), "Francois Hollande").actor().sector());
        // newsie's rows restate later roles: Stoltenberg led Norway's government, then NATO
        String stoltenberg = "Jens Stoltenberg arrived in Kyiv.";
        Actor norway = entity(TestPipeline.extract(stoltenberg, "2010-06-01"), "Jens Stoltenberg").actor();
        assertEquals("NOR", norway.country().iso3());
        assertEquals("GOV", norway.sector());
        Actor nato = entity(TestPipeline.extract(stoltenberg, "2022-06-01"), "Jens Stoltenberg").actor();
        assertNull(nato.country());
        assertEquals("IGOWSTNAT", nato.code());
    }

    /** A bare title in a story about one country holds that country's office, and its holder acts for it. */
    @Test
    void aBareTitleOfTheStorysCountryGivesItsHolderThatCountry() {
        String text = "Algeria closes its border\nPresident Karel Vandrovec threatened to close the border with Algeria's neighbours"
                + " after he met the businessman Jonas Pelikan.";
        ExtractionResult r = TestPipeline.extract(text, "2024-06-14");
        assertTrue(r.triples().stream().anyMatch(t -> t.subject().name().equals("Karel Vandrovec") && t.predicate().equals("president of")),
                r.triples().toString());
        Actor president = entity(r, "Karel Vandrovec").actor();
        assertTrue(president != null && president.country() != null, r.entities().toString());
        assertEquals("DZA", president.country().iso3());
        assertEquals("GOV", president.sector());
        assertEquals(Actor.TEXT, president.source());
        // a former office makes its holder one of the country's elite, not its government
        ExtractionResult former = TestPipeline.extract("Algeria closes its border\nFormer President Karel Vandrovec criticised the "
                + "decision to close the border.", "2024-06-14");
        Actor elite = entity(former, "Karel Vandrovec").actor();
        assertEquals("DZA", elite.country().iso3(), former.triples().toString());
        assertEquals("ELI", elite.sector());
        // no title, no office: the man he met is nobody's official
        Actor businessman = entity(r, "Jonas Pelikan").actor();
        assertTrue(businessman == null || businessman.country() == null, businessman == null ? "" : businessman.toString());
    }

    @Test
    void anEnvoyIsOfTheSendingCountryNotTheOneSentTo() {
        ExtractionResult r = TestPipeline.extract("Caroline Kennedy, the U.S. ambassador to Japan, visited Hiroshima.");
        assertEquals("USA", entity(r, "Caroline Kennedy").actor().country().iso3());
        assertTrue(r.triples().stream().anyMatch(t -> t.predicate().equals("ambassador to") && t.object().name().equals("Japan")),
                r.triples().toString());
    }

    @Test
    void internationalOrganizationsAreIgo() {
        ExtractionResult r = TestPipeline.extract("NATO and the United Nations criticized the coup.");
        Actor nato = entity(r, "NATO").actor();
        assertEquals("IGO", nato.sector());
        assertNull(nato.country());
        assertEquals("IGOWSTNAT", nato.code());
        assertEquals("IGO", entity(r, "United Nations").actor().sector());
    }

    @Test
    void aSurnameAloneNamesOnlyAPersonsEntry() throws java.io.IOException {
        // people have dated roles; an organization's last word is no surname ("Children's Home Society of Minnesota")
        CountryTable countries = CountryTable.fromTsv(java.nio.file.Files.readAllLines(java.nio.file.Path.of("models", "countries.tsv")));
        ActorDictionary d = ActorDictionary.parse(List.of("PAUL KAGAME\tRWAGOV@1994-07-19..|RWAELI",
                "CHILDREN'S HOME SOCIETY OF MINNESOTA\tNGOUSA", "RED CROSS\tNGO"), countries);
        assertEquals("RWA", d.lookup("Kagame", java.time.LocalDate.parse("2010-05-01")).country().iso3());
        assertNull(d.lookup("Minnesota", java.time.LocalDate.parse("2010-05-01")));
        assertNull(d.lookup("Cross", java.time.LocalDate.parse("2010-05-01")));
        assertEquals("NGO", d.lookup("Red Cross", null).sector());
    }

    @Test
    void aSeatOfGovernmentIsKnownWithOrWithoutItsDiacritics() throws java.io.IOException {
        CountryTable countries = CountryTable.fromTsv(java.nio.file.Files.readAllLines(java.nio.file.Path.of("models", "countries.tsv")));
        ActorCountries actors = ActorCountries.load(file -> {
            try {
                return java.nio.file.Files.readAllLines(java.nio.file.Path.of("models", file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, countries);
        assertEquals("MDA", actors.placeCountry("Chișinău").iso3());
        assertEquals("MDA", actors.placeCountry("Chisinau").iso3());
        assertEquals("COL", actors.placeCountry("Bogota").iso3());
        assertTrue(actors.isSeatOfGovernment("Chişinău"));
        assertNull(actors.placeCountry("Chișinăuville"));
    }

    @Test
    void aNameWithAccentsIsTheDictionarysAsciiName() throws java.io.IOException {
        CountryTable countries = CountryTable.fromTsv(java.nio.file.Files.readAllLines(java.nio.file.Path.of("models", "countries.tsv")));
        ActorDictionary d = ActorDictionary.parse(List.of("VIKTOR ORBAN\tHUNGOV@2010-05-29..|HUNELI",
                "RECEP TAYYIP ERDOGAN\tTURGOV@2003-03-14..|TURELI"), countries);
        java.time.LocalDate date = java.time.LocalDate.parse("2025-06-01");
        assertEquals("HUN", d.lookup("Viktor Orbán", date).country().iso3());
        assertEquals("TUR", d.lookup("Recep Tayyip Erdoğan", date).country().iso3());
        assertNull(d.lookup("Viktor Orbánová", date));
    }

    @Test
    void noCountryWithoutEvidence() {
        ExtractionResult r = TestPipeline.extract("In Russia, Jane Qwertyson said the talks went well.");
        assertNull(entity(r, "Jane Qwertyson").actor(), "a country named before a name with no title is no actor's country");
        assertEquals("RUS", entity(TestPipeline.extract("Russian President Vladimir Putin spoke."), "Vladimir Putin").actor().country().iso3());
    }
}
