package dev.newsie.dates;

import dev.newsie.TestPipeline;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A weekday, a day of the month or a month without a year is placed by the tense of its clause. One constructed
 * sentence per rule; document dates: 2024-04-26 is a Friday, 2024-04-24 a Wednesday.
 */
class DateExtractorTest {
    private static final String FRIDAY = "2024-04-26";

    /** The DATE values of a text, in order of first mention. */
    private static List<String> dates(String text, String docDate) {
        ExtractionResult r = TestPipeline.extract(text, docDate);
        return r.entities().stream().filter(e -> e.type() == EntityType.DATE).map(Entity::value).toList();
    }

    @Test
    void aPastVerbMeansTheLatestSuchDayOnOrBeforeTheDocumentDate() {
        assertEquals(List.of("2024-04-22"), dates("The United States sanctioned Iran on Monday.", FRIDAY));
        assertEquals(List.of("2024-04-26"), dates("The minister resigned on Friday.", FRIDAY), "the day itself");
        assertEquals(List.of("2024-04-22"), dates("On Monday, the minister announced a reward for information.", FRIDAY));
        assertEquals(List.of("2024-04-22"), dates("The reward announced Monday was the largest yet.", FRIDAY));
        // the infinitive after the date is not its clause: the verb before it is
        assertEquals(List.of("2024-04-24"), dates("Poland signed a contract on Wednesday to buy 180 tanks.", FRIDAY));
        assertEquals(List.of("2024-04-22"), dates("Germany decided on Monday to send tanks to Ukraine.", FRIDAY));
    }

    @Test
    void aMonthAbbreviationThatEndsANameIsNoDate() {
        // "Dong Jun", China's defence minister; the same abbreviation with a day is a date
        assertEquals(List.of(), dates("Pete Hegseth held talks with his Chinese counterpart, Dong Jun.", FRIDAY));
        assertEquals(List.of("2024-06-04"), dates("Pete Hegseth will meet his Chinese counterpart on Jun 4.", FRIDAY));
    }

    @Test
    void aSeasonWordBeforeOfWithoutAYearIsANoun() {
        assertEquals(List.of("2023-12"), dates("Israel has raided Syria since the fall of Bashar al-Assad in December.", FRIDAY));
        assertEquals(List.of("2023-FA"), dates("Talks resumed in the fall of 2023.", FRIDAY));
        assertEquals(List.of(), dates("Vladimir Putin met Kim Jong Un in the winter of his rule.", FRIDAY));
        assertEquals(List.of("2022-WI"), dates("Talks resumed in the winter of 2022.", FRIDAY));
    }

    @Test
    void aDateEndsBeforeWhatAVerbIsAbout() {
        // "spoke on Monday about the day when": the date ends before "about"
        assertEquals(List.of("2024-04-22"), dates("Olaf Scholz spoke on Monday about the day when Russia invaded Ukraine.", FRIDAY));
    }

    @Test
    void aPerfectIsPast() {
        assertEquals(List.of("2024-04-13"), dates("Iran has released the two sailors since the 13th.", FRIDAY));
        assertEquals(List.of("2024-03-13"), dates("Iran has released the two sailors since the 13th.", "2024-04-10"));
    }

    @Test
    void willIsToAndPlansToMeanTheNextSuchDay() {
        assertEquals(List.of("2024-04-29"), dates("The United States will sanction Iran on Monday.", FRIDAY));
        assertEquals(List.of("2024-05-02"), dates("The president is to visit Ankara on Thursday.", FRIDAY));
        assertEquals(List.of("2024-05-13"), dates("The two sides plan to meet again on the 13th.", FRIDAY));
        assertEquals(List.of("2024-04-30"), dates("The vote is scheduled for Tuesday.", FRIDAY));
        assertEquals(List.of("2009-06-03"), dates("A June 3 hearing has been scheduled in the bankruptcy court.", "2009-05-14"));
        assertEquals(List.of("2024-06-18"), dates("Putin to visit Pyongyang on Tuesday", "2024-06-14"), "a headline infinitive");
    }

    @Test
    void aPresentTenseMeansTheNearestSuchDay() {
        String text = "He and the opposition leader meet separately Monday with the foreign minister.";
        assertEquals(List.of("1998-05-04"), dates(text, "1998-05-01"), "a Friday: next Monday is nearer");
        assertEquals(List.of("2024-04-22"), dates(text, "2024-04-24"), "a Wednesday: last Monday is nearer");
        assertEquals(List.of("2024-04-26"), dates("Leaders meet Friday in Geneva.", "2024-04-24"));
        assertEquals(List.of("2024-04-29"), dates("The two sides agreed to meet on Monday.", FRIDAY), "agreeing does not date the meeting");
    }

    @Test
    void lastAndNextNameTheOneStrictlyBeforeOrAfter() {
        assertEquals(List.of("2024-04-19"), dates("The minister resigned last Friday.", FRIDAY));
        assertEquals(List.of("2024-05-03"), dates("The minister will resign next Friday.", FRIDAY));
        assertEquals(List.of("2024-05"), dates("Prices rose last May.", "2024-06-14"));
        assertEquals(List.of("2023-09"), dates("Prices rose last September.", "2024-06-14"));
    }

    @Test
    void monthsAndDaysWithoutAYearFollowTheTenseToo() {
        assertEquals(List.of("2023-05"), dates("The election was held in May.", "2024-03-10"));
        assertEquals(List.of("2024-05"), dates("The election will be held in May.", "2024-03-10"));
        assertEquals(List.of("2023-12-20"), dates("The vote took place on December 20.", "2024-01-05"));
        assertEquals(List.of("2025-01-03"), dates("The vote will take place on January 3.", "2024-12-20"));
        assertEquals(List.of("2023-05"), dates("The election was held in May 2023.", "2024-03-10"), "a year is kept as written");
    }

    @Test
    void twoClausesTwoTenses() {
        assertEquals(List.of("2024-04-23", "2024-04-29"),
                dates("Putin said on Tuesday that he will visit Pyongyang on Monday.", FRIDAY));
        // past a comma after the date a clause of its own begins: the verb before the date tells its time
        assertEquals(List.of("2024-04-24"), dates("Rabuka and Albanese signed an agreement on Wednesday, under which Australia "
                + "will spend A$180 million.", FRIDAY));
        // with no verb before the date, the one after it does
        assertEquals(List.of("2024-04-29"), dates("Vladimir Putin, on Monday, will visit China.", FRIDAY));
    }

    @Test
    void withoutADocumentDateRelativeDatesStayUnplaced() {
        List<String> values = dates("The United States sanctioned Iran on Monday.", null);
        assertEquals(1, values.size());
        assertEquals("XXXX-WXX-1", values.get(0));
    }
}
