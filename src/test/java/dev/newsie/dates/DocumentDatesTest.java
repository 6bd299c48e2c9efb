package dev.newsie.dates;

import dev.newsie.TestPipeline;
import dev.newsie.pipeline.Models;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The document date from the text's dateline, one test per form, and the order of the sources. */
class DocumentDatesTest {
    private static final DocumentDates DATES = new DocumentDates(Models.fromDirectory(TestPipeline.MODELS).settings("dates.properties"));

    private static Optional<String> dateline(String text) {
        return DATES.fromText(text).map(LocalDate::toString);
    }

    @Test
    void placeDatelineWithAgency() {
        assertEquals(Optional.of("2024-08-11"), dateline("Talks resume\nWASHINGTON, August 11, 2024 (Xinhua) -- The talks resumed."));
        assertEquals(Optional.of("2024-06-14"), dateline("LONDON, June 14, 2024 (Reuters) - Britain said on Friday ..."));
        assertEquals(Optional.of("2009-08-11"), dateline("BEIJING, Aug. 11th, 2009 (Xinhua) -- China and ..."));
    }

    @Test
    void placeDatelineWithoutAYearTakesItFromAnotherLineOnly() {
        String body = "Headline\nWASHINGTON, August 11 (Xinhua) -- The United States on Monday announced new sanctions.\n";
        assertEquals(Optional.empty(), dateline(body), "no year anywhere: no date");
        assertEquals(Optional.of("2009-08-11"), dateline(body + "More text.\n\u00a9 2009 Xinhua News Agency. All rights reserved."));
        assertEquals(Optional.of("2010-08-11"), dateline("Headline\nWASHINGTON, August 11 (Xinhua) -- Text.\nPublished 12.08.2010"),
                "a dated line further down gives the year");
    }

    @Test
    void agencyDatelineWithoutADateGivesNone() {
        assertEquals(Optional.empty(), dateline("Protests spread\nMOSCOW (AP) _ Thousands marched on Saturday in 2011."));
        assertEquals(Optional.of("2011-12-10"), dateline("Protests spread\nDecember 10, 2011\nMOSCOW (AP) _ Thousands marched on Saturday."));
    }

    @Test
    void aLineThatIsOnlyADate() {
        assertEquals(Optional.of("2009-06-01"), dateline("GM files for bankruptcy\nJune 01, 2009\nGeneral Motors filed ..."));
        assertEquals(Optional.of("2024-06-14"), dateline("Headline\nFriday, 14 June 2024\nText."));
        assertEquals(Optional.of("2024-06-14"), dateline("Headline\n2024-06-14\nText."));
        assertEquals(Optional.empty(), dateline("Headline\nJune 01\nText."), "no year");
        assertEquals(Optional.empty(), dateline("The vote in May 2009 was close.\nText."), "a sentence with a date is no dateline");
    }

    @Test
    void publishedAndUpdatedLines() {
        assertEquals(Optional.of("2024-06-14"), dateline("Headline\nPublished 14.06.2024\nText."));
        assertEquals(Optional.of("2024-06-14"), dateline("Headline\nPosted on: June 14, 2024 10:32 GMT\nText."));
        assertEquals(Optional.of("2024-06-17"), dateline("Headline\nUpdated Monday, June 17, 2024\nText."));
        assertEquals(Optional.empty(), dateline("Headline\nPublished 06/07/2024\nText."), "month and day order unknown");
    }

    @Test
    void onlyTheFirstLinesAreSearched() {
        String text = "Headline\n" + "A line of text.\n".repeat(20) + "June 01, 2009\n";
        assertEquals(Optional.empty(), dateline(text));
        assertEquals(Optional.of("2009-06-01"), dateline("Headline\n" + "A line of text.\n".repeat(5) + "June 01, 2009\n"));
    }

    @Test
    void sourcesInOrder() {
        String dated = "Headline\nJune 01, 2009\nText.";
        LocalDate option = LocalDate.of(2020, 1, 1);
        assertEquals(new DocumentDates.DocumentDate("2010-05-05", "record"), DATES.resolve("2010-05-05", false, dated, option, false));
        assertEquals(new DocumentDates.DocumentDate("2010-05-05", "html-meta"), DATES.resolve("2010-05-05", true, dated, option, false));
        assertEquals(new DocumentDates.DocumentDate("2009-06-01", "dateline"), DATES.resolve(null, false, dated, option, false));
        assertEquals(new DocumentDates.DocumentDate("2020-01-01", "option"), DATES.resolve(null, false, "Headline\nText.", option, false));
        assertEquals(new DocumentDates.DocumentDate("2020-01-01", "option"), DATES.resolve("2010-05-05", false, dated, option, true),
                "--force-doc-date");
        assertEquals(new DocumentDates.DocumentDate(null, "none"), DATES.resolve(null, false, "Headline\nText.", null, false));
        assertEquals(new DocumentDates.DocumentDate(null, "none"), DATES.resolve(null, false, null, null, false), "an unreadable document");
    }
}
