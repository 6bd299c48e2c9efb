package dev.newsie.settings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ModelFilesTest {
    @Test
    void listsAreReadTheSameWayEverywhere() {
        Properties p = new Properties();
        p.setProperty("lower", " He, him ,,HIS ");
        p.setProperty("kept", "PLC, plc ,");
        p.setProperty("window", " 2 ");
        assertEquals(Set.of("he", "him", "his"), ModelFiles.lowercaseWords(p, "lower"));
        assertEquals(Set.of("PLC", "plc"), ModelFiles.words(p, "kept"));
        assertEquals(Set.of(), ModelFiles.words(p, "missing"));
        assertEquals(2, ModelFiles.number(p, "window", "1"));
        assertEquals(1, ModelFiles.number(p, "missing", "1"));
        assertEquals(Set.of("treasury", "air force"), ModelFiles.lowercaseLines(List.of("# comment", " Treasury", "", "Air Force")));
    }

    @Test
    void aMissingPatternTurnsItsRuleOff() {
        assertFalse(ModelFiles.pattern(new Properties(), "date.trimAfter").matcher("").find());
        assertFalse(ModelFiles.pattern(new Properties(), "date.trimAfter").matcher("anything at all").find());
    }
}
