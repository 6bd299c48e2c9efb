package dev.newsie.clean;

import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.CountryTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFurnitureTest {
    private static PageFurniture furniture() throws IOException {
        ActorCountries actors = ActorCountries.load(PageFurnitureTest::modelLines, CountryTable.fromTsv(modelLines("countries.tsv")));
        return PageFurniture.fromRules(modelLines("furniture.txt"), place -> actors.placeCountry(place) != null);
    }

    private static List<String> modelLines(String file) {
        try {
            return Files.readAllLines(Path.of("models", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void blanksNavigationCaptionsCreditsAndCopyrightKeepingOffsets() throws IOException {
        String text = "Text Size\nClose\nbar_progress\n\ubcf8\ubb38 \ubc14\ub85c\uac00\uae30\n"
                + "Putin Visits North Korea, China Keeps Distance\n"
                + "Putin met Kim. [Image source=Yonhap News]\n"
                + "Putin Visits North Korea, China Keeps Distance In 2023, Kim met Putin.\n"
                + "\u00a9 The Asia Business Daily(www.asiae.co.kr). All rights reserved.\n"
                + "Join us on social!\nTop\n";
        String cleaned = furniture().clean(text);
        assertEquals(text.length(), cleaned.length());
        for (String gone : new String[] {"Text Size", "Close", "bar_progress", "Image source", "Asia Business", "Join us", "Top"}) {
            assertFalse(cleaned.contains(gone), gone);
        }
        assertTrue(cleaned.contains("Putin Visits North Korea, China Keeps Distance\n"), "first headline stays");
        assertTrue(cleaned.contains("Putin met Kim."));
        int banner = text.indexOf("Putin Visits North Korea, China Keeps Distance In 2023");
        assertTrue(cleaned.substring(banner).strip().startsWith("In 2023, Kim met Putin."), "repeated banner blanked");
    }

    @Test
    void blanksAgencyPhotoCreditsAndWireCreditLines() throws IOException {
        String text = "Israeli air defence systems intercept missiles over Jerusalem. (AP Photo/Ohad Zwigenberg)\n"
                + "Cyril Ramaphosa hosted the summit.\nReporting by Alexander Winning; Editing by Peter Graff\n"
                + "(Additional reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe)\n"
                + "Written by the Pentagon, the report says Russia lost troops.\n";
        String cleaned = furniture().clean(text);
        assertEquals(text.length(), cleaned.length());
        assertTrue(cleaned.contains("intercept missiles over Jerusalem.") && cleaned.contains("Cyril Ramaphosa hosted the summit."), cleaned);
        assertFalse(cleaned.contains("Zwigenberg") || cleaned.contains("Reporting") || cleaned.contains("Editing"), cleaned);
        // a credit line keeps the people it names, each on a line of its own
        for (String name : new String[] {"Alexander Winning\n", "Peter Graff\n", "Jane Doe\n", "John Roe\n", "Ann Poe\n"}) {
            assertTrue(cleaned.contains(name), name + " in " + cleaned);
        }
        // a sentence that opens with "Written by" is text
        assertTrue(cleaned.contains("Written by the Pentagon, the report says Russia lost troops."), cleaned);
    }

    @Test
    void blanksTheSourcesCitedUnderAnArticleButNotAQuoteInIt() throws IOException {
        String text = "Mexico and Guatemala agreed on joint patrols.\n\nSources\n\n"
                + "\"Mexico, Guatemala agree joint border patrols amid cartel violence\" \u2014 Reuters, April 24, 2025\n"
                + "Jane Doe. \"Border deal signed\" \u2014 BBC News, 24 April 2025\n"
                + "\"We will not give up,\" the minister said on April 24, 2025.\n";
        String cleaned = furniture().clean(text);
        assertEquals(text.length(), cleaned.length());
        assertTrue(cleaned.contains("Mexico and Guatemala agreed on joint patrols.") && cleaned.contains("the minister said on April 24, 2025."), cleaned);
        assertFalse(cleaned.contains("Reuters") || cleaned.contains("BBC News"), cleaned);
    }

    @Test
    void joinsHardWrappedLinesButNotHeadlines() throws IOException {
        String text = "Obama Meets Merkel in Berlin\nMarch 01, 2008\nThe president met the chancellor\nin Berlin on Monday.\n";
        String cleaned = furniture().clean(text);
        assertTrue(cleaned.contains("chancellor in Berlin"));
        assertTrue(cleaned.contains("Berlin\nMarch 01, 2008\nThe"));
    }

    @Test
    void aCreditLineKeepsItsPeopleButNotTheirPlaces() throws IOException {
        String text = "Canada met Mexico.\n\n(Reporting by Anna Moreau in Ottawa and Luis Ortega in Mexico City; Editing by Paul van Dyk)\n";
        String cleaned = furniture().clean(text);
        assertEquals(text.length(), cleaned.length());
        assertEquals(List.of("Canada met Mexico.", "Anna Moreau", "Luis Ortega", "Paul van Dyk"),
                cleaned.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        // a country or a seat of government joined to the places, and a newsroom, are no reporters
        String places = "Canada met Japan.\n\n(Reporting by Anna Moreau in Ottawa and South Africa, Kyiv Newsroom and Jane Doe; "
                + "Editing by Paul Simms)\n";
        assertEquals(List.of("Canada met Japan.", "Anna Moreau", "Jane Doe", "Paul Simms"),
                furniture().clean(places).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
