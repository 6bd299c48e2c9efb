package dev.newsie.settings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFilesTest {
    @Test
    void listsAreReadTheSameWayEverywhere() {
        Properties p = new Properties();
        p.setProperty("lower", " He, him ,,HIS ");
        p.setProperty("kept", "PLC, plc ,");
        p.setProperty("none", "");
        p.setProperty("window", " 2 ");
        Settings settings = new Settings("test.properties", p);
        assertEquals(Set.of("he", "him", "his"), settings.lowercaseWords("lower"));
        assertEquals(Set.of("PLC", "plc"), settings.words("kept"));
        assertEquals(Set.of(), settings.words("none"), "an empty list is a value");
        assertEquals(2, settings.number("window", 0, 10));
        assertEquals(Set.of("treasury", "air force"), ModelFiles.lowercaseLines(List.of("# comment", " Treasury", "", "Air Force")));
    }

    @Test
    void pairsAreAMapAndAPairWithoutItsEqualsSignStopsStartUp() {
        Properties p = new Properties();
        p.setProperty("synonyms", "Premier=Prime Minister, king = leader");
        p.setProperty("broken", "premier");
        Settings settings = new Settings("entities.properties", p);
        assertEquals(java.util.Map.of("premier", "prime minister", "king", "leader"), settings.lowercasePairs("synonyms"));
        SettingsException e = assertThrows(SettingsException.class, () -> settings.lowercasePairs("broken"));
        assertTrue(e.getMessage().startsWith("entities.properties: setting 'broken' needs KEY=VALUE pairs"), e.getMessage());
        // one key, two values: which would win depends on set order
        p.setProperty("twice", "king=leader, king=monarch");
        SettingsException twice = assertThrows(SettingsException.class, () -> settings.lowercasePairs("twice"));
        assertTrue(twice.getMessage().contains("'king' two values"), twice.getMessage());
    }

    @Test
    void listsThatMustNestOrStayApartStopStartUpNamingTheWords() {
        Properties p = new Properties();
        p.setProperty("descriptions", "company,firm,group");
        p.setProperty("companyDescriptions", "company,Firm");
        p.setProperty("stray", "company,agency");
        p.setProperty("male", "he,him");
        p.setProperty("female", "she,him");
        Settings settings = new Settings("entities.properties", p);
        settings.requireSubset("companyDescriptions", "descriptions");
        settings.requireDisjoint("male", "companyDescriptions");
        SettingsException notIn = assertThrows(SettingsException.class, () -> settings.requireSubset("stray", "descriptions"));
        assertEquals("entities.properties: setting 'stray' lists agency, not in 'descriptions'", notIn.getMessage());
        SettingsException shared = assertThrows(SettingsException.class, () -> settings.requireDisjoint("male", "female"));
        assertEquals("entities.properties: settings 'male' and 'female' share him", shared.getMessage());
        settings.requireKnown("companyDescriptions", settings.lowercaseWords("companyDescriptions"), java.util.Set.of("company", "firm"), "lexicon/x.txt");
        SettingsException unknown = assertThrows(SettingsException.class,
                () -> settings.requireKnown("stray", settings.lowercaseWords("stray"), java.util.Set.of("company"), "lexicon/x.txt"));
        assertEquals("entities.properties: setting 'stray' names agency, not in lexicon/x.txt", unknown.getMessage());
    }

    @Test
    void aMissingSettingStopsStartUpWithItsName() {
        Properties p = new Properties();
        p.setProperty("present", "x");
        Settings settings = new Settings("dates.properties", p);
        assertEquals("x", settings.text("present"));
        for (Runnable read : List.<Runnable>of(() -> settings.pattern("trimAfter"), () -> settings.words("drop.values"),
                () -> settings.number("cues.reach", 0, 50))) {
            SettingsException e = assertThrows(SettingsException.class, read::run);
            assertTrue(e.getMessage().startsWith("dates.properties: setting '"), e.getMessage());
            assertTrue(e.getMessage().contains("' is missing"), e.getMessage());
        }
    }

    @Test
    void aMisspelledOrMalformedSettingStopsStartUp() {
        Properties p = new Properties();
        p.setProperty("cues.reach", "8");
        p.setProperty("cues.raech", "8");
        p.setProperty("bad.pattern", "([a-z");
        p.setProperty("bad.number", "eight");
        Settings settings = new Settings("dates.properties", p);
        assertEquals(8, settings.number("cues.reach", 0, 50));
        SettingsException unknown = assertThrows(SettingsException.class, () -> settings.checkAllRead(""));
        assertTrue(unknown.getMessage().contains("cues.raech"), unknown.getMessage());
        assertTrue(!unknown.getMessage().contains("cues.reach,"), unknown.getMessage());
        assertTrue(assertThrows(SettingsException.class, () -> settings.pattern("bad.pattern")).getMessage().contains("bad.pattern"));
        assertTrue(assertThrows(SettingsException.class, () -> settings.number("bad.number", 0, 9)).getMessage().contains("bad.number"));
        assertTrue(assertThrows(SettingsException.class, () -> settings.number("cues.reach", 0, 5)).getMessage().contains("from 0 to 5"));
    }
}
