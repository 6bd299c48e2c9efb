package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parse repair for a list that runs into the next clause's subject, through the real pipeline. */
class StrandedSubjectRepairTest {
    private static Set<String> triples(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).collect(Collectors.toSet());
    }

    @Test
    void listMembersAfterTheLastCommaBecomeTheSubject() {
        assertEquals(Set.of("Vladimir Putin|visit|North Korea", "South Korea|hold talks with|China"),
                triples("Around the time of Vladimir Putin's upcoming visit to North Korea, South Korea and China will hold talks."));
    }

    @Test
    void aNameWithItsAppositionAfterTheOpeningPhraseIsTheSubject() {
        // the parser joins "Kim Yo Jong" to the news agency of the opening phrase and hangs "the sister" on the agency
        assertEquals(Set.of("Kim Yo Jong|dismiss offer of|Lee Jae-myung", "Kim Yo Jong|sister of|Kim Jong Un",
                "Kim Jong Un|leader of|North Korea"), triples("In a statement carried by the Korean Central News Agency (KCNA), "
                + "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, dismissed Lee Jae-myung's offer of dialogue."));
    }

    @Test
    void aNameAfterAnOpeningDateWithoutACommaIsTheSubject() {
        // "On Wednesday Jara" is no name of "met": the name is its subject; the date stays a date, not a person's
        assertEquals(Set.of("Jeannette Jara|meet|Franco Parisi"),
                triples("Jeannette Jara won the first round. On Wednesday Jara met Franco Parisi, the populist candidate."));
        assertEquals(Set.of("Macron|visit|Nigeria"), triples("In March Macron visited Nigeria."));
    }

    @Test
    void aReportedSubjectTakenForTheObjectOfSaidIsTheSubject() {
        // the parser reads "said Canada" as said what, and hangs "would impose" on "said" as dep
        assertEquals(Set.of("Canada|impose tariffs on|United States"),
                triples("Mark Carney said Canada would impose tariffs on the United States."));
        // an object with a "to" clause stays the object (what it is asked to do is no triple of its own)
        assertEquals(Set.of("Mark Carney|ask|Canada"), triples("Mark Carney asked Canada to impose tariffs on the United States."));
        assertEquals(Set.of("Mark Carney|order|Canada", "Canada|impose tariffs on|United States"),
                triples("Mark Carney ordered Canada to impose tariffs on the United States."));
    }

    @Test
    void worksInReportedSpeech() {
        assertEquals(Set.of("Vladimir Putin|visit|North Korea", "South Korea|hold talks with|China"),
                triples("An official said, \"Around the time of Vladimir Putin's visit to North Korea, South Korea and China will hold talks.\""));
    }

    @Test
    void aListThatIsNoSubjectStaysAList() {
        assertEquals(Set.of("Vladimir Putin|visit|North Korea", "Vladimir Putin|visit|South Korea", "Vladimir Putin|visit|China"),
                triples("Vladimir Putin's visit to North Korea, South Korea and China was criticized."));
    }

    @Test
    void aNameAfterTheOpeningPhrasesCommaIsTheSubjectNotTheObjectOfAWordInIt() {
        Set<String> replaced = triples("As part of the companies restructuring, General Motor's chief executive Rick Wagoner was replaced "
                + "Sunday with Fritz Henderson.");
        org.junit.jupiter.api.Assertions.assertTrue(replaced.contains("Fritz Henderson|replace|Rick Wagoner"), replaced.toString());
        // the opening phrase's name is no subject of the main verb either
        Set<String> met = triples("After meeting Xi Jinping in Beijing, Joe Biden praised China.");
        org.junit.jupiter.api.Assertions.assertTrue(met.contains("Joe Biden|praise|China"), met.toString());
        org.junit.jupiter.api.Assertions.assertFalse(met.stream().anyMatch(k -> k.startsWith("Xi Jinping|praise")), met.toString());
    }

    @Test
    void aNameAfterTheOpeningPhrasesLastNameIsTheSubjectNotItsApposition() {
        assertEquals(Set.of("Joe Biden|meeting with|Fumio Kishida", "Joe Biden|praise|Japan"),
                triples("Ahead of a meeting with Fumio Kishida, Joe Biden praised Japan."));
        // a verb with its own subject keeps it: "Kishida, the prime minister," stays an apposition
        assertEquals(Set.of("Fumio Kishida|meet|Joe Biden", "Fumio Kishida|prime minister of|Japan"),
                triples("Fumio Kishida, the prime minister of Japan, met Joe Biden."));
    }
}
