package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EntitySettingsTest {
    @Test
    void listsAreReadTheSameWayEverywhere() {
        Properties p = new Properties();
        p.setProperty("lower", " He, him ,,HIS ");
        p.setProperty("kept", "PLC, plc ,");
        p.setProperty("window", " 2 ");
        assertEquals(Set.of("he", "him", "his"), EntitySettings.lowercaseWords(p, "lower"));
        assertEquals(Set.of("PLC", "plc"), EntitySettings.words(p, "kept"));
        assertEquals(Set.of(), EntitySettings.words(p, "missing"));
        assertEquals(2, EntitySettings.number(p, "window", "1"));
        assertEquals(1, EntitySettings.number(p, "missing", "1"));
        assertEquals(Set.of("treasury", "air force"), EntitySettings.lowercaseLines(List.of("# comment", " Treasury", "", "Air Force")));
    }

    @Test
    void aMissingPatternTurnsItsRuleOff() {
        assertFalse(EntitySettings.pattern(new Properties(), "date.trimAfter").matcher("").find());
        assertFalse(EntitySettings.pattern(new Properties(), "date.trimAfter").matcher("anything at all").find());
    }
}
