package dev.newsie.clean;

import dev.newsie.TestPipeline;
import dev.newsie.settings.SettingsException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelinesTest {
    private static List<String> keys(dev.newsie.output.ExtractionResult r) {
        return r.triples().stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    private static Datelines datelines() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("models/dateline.properties"))) {
            p.load(r);
        }
        return new Datelines(Pattern.compile(p.getProperty("line")), Integer.parseInt(p.getProperty("lines")), "line");
    }

    @Test
    void findsWireDatelinesAndMakesTheirSeparatorAFullStop() throws IOException {
        String text = "Canada, Mexico agree to coordinate\n\nOTTAWA, April 9 (Reuters) - Canadian Prime Minister Mark Carney spoke.";
        List<Datelines.Found> found = datelines().find(text);
        assertEquals(1, found.size());
        assertEquals("OTTAWA", found.get(0).place());
        assertEquals(text.indexOf("Canadian"), found.get(0).bodyStart());
        String broken = Datelines.breakOff(text, found);
        assertEquals(text.length(), broken.length());
        assertTrue(broken.contains("OTTAWA, April 9 (Reuters) . Canadian Prime Minister"), broken);

        Datelines.Found kyiv = datelines().find("KYIV, Ukraine (AP) \u2014 Russia and Ukraine exchanged prisoners.").get(0);
        assertEquals("Ukraine", kyiv.region());
        assertEquals("MOSCOW", datelines().find("MOSCOW (AP) _ Thousands marched.").get(0).place());
        String twoDashes = "BEIJING, Aug. 11 (Xinhua) -- China and Japan met.";
        assertTrue(Datelines.breakOff(twoDashes, datelines().find(twoDashes)).contains("(Xinhua) .  China"));
    }

    @Test
    void leavesHeadlinesAndOrdinarySentencesAlone() throws IOException {
        String text = "UK expels Russian diplomat in retaliation\nThe NATO summit - the first since 2022 - opened.\nPutin met Kim.";
        assertTrue(datelines().find(text).isEmpty());
        assertEquals(text, Datelines.breakOff(text, datelines().find(text)));
        // only the first lines hold a dateline
        assertEquals(1, datelines().find("A\nB\nC\nD\nE\nPARIS (AP) \u2014 Macron spoke.").size());
        assertTrue(datelines().find("A\nB\nC\nD\nE\nF\nPARIS (AP) \u2014 Macron spoke.").isEmpty());
    }

    @Test
    void aPatternWithoutTheNamedGroupsStopsStartUp() {
        SettingsException e = assertThrows(SettingsException.class, () -> new Datelines(Pattern.compile("(?<place>[A-Z]+) - (?<body>.*)"), 6, "line"));
        assertTrue(e.getMessage().contains("region"), e.getMessage());
    }

    @Test
    void theLedeAfterADatelineIsParsedAsASentenceOfItsOwn() {
        // the parser read "OTTAWA" as the subject of "spoke" and the prime minister as its apposition
        List<String> keys = keys(TestPipeline.extract("Canada, Mexico agree to coordinate\n\n"
                + "OTTAWA, April 9 (Reuters) - Canadian Prime Minister Mark Carney spoke by phone with Mexican President "
                + "Claudia Sheinbaum on Wednesday and the two leaders agreed to coordinate their responses.", "2025-04-09"));
        assertTrue(keys.contains("Mark Carney|speak by phone with|Claudia Sheinbaum"), keys.toString());
        // the agency is no actor of the lede
        keys = keys(TestPipeline.extract("LUXEMBOURG (AFP) - European Union foreign ministers on Monday imposed "
                + "sanctions on Iran for supplying drones to Russia for use in its war against Ukraine.", "2025-04-14"));
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("AFP|")), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("European Union|impose sanctions on|Iran")), keys.toString());
    }
}
