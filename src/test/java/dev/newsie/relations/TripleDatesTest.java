package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date a sentence ties to a triple: coordinated verbs share a date; a planned event does not take a past one. */
class TripleDatesTest {
    private static final String DOC_DATE = "2024-04-26";

    private static Triple triple(String text, String predicate) {
        ExtractionResult r = TestPipeline.extract(text, DOC_DATE);
        return r.triples().stream().filter(t -> t.predicate().equals(predicate)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + predicate + "' triple in " + r.triples()));
    }

    private static String date(Triple t) {
        return t.date() == null ? null : t.date().value();
    }

    @Test
    void aHeadlineTellingALeadersActByTheirCountriesTakesItsDate() {
        assertEquals("2024-04-23", date(triple("Chile signs critical minerals pact with Japan\n\nChilean President Gabriel Boric and Japanese "
                + "Prime Minister Shigeru Ishiba signed an agreement on critical minerals in Tokyo on Tuesday.", "sign pact with")));
        // two dated tellings between the same countries: which one the headline means is not said
        assertNull(date(triple("Chile signs critical minerals pact with Japan\n\nChilean President Gabriel Boric and Japanese Prime Minister "
                + "Shigeru Ishiba signed an agreement on Tuesday. Chile signed a deal with Japan in 2019.", "sign pact with")));
        // a headline naming two people tells their own meeting, not their ministers' of the same countries
        String ministers = "Joe Biden meets Xi Jinping in San Francisco\n\nUS Secretary of State Antony Blinken met Chinese Foreign Minister "
                + "Wang Yi on Tuesday.";
        ExtractionResult summit = TestPipeline.extract(ministers, DOC_DATE);
        assertEquals("2024-04-23", date(summit.triples().stream().filter(t -> t.sentence() == 1 && t.predicate().equals("meet"))
                .findFirst().orElseThrow()));
        assertNull(date(summit.triples().stream().filter(t -> t.sentence() == 0 && t.predicate().equals("meet"))
                .findFirst().orElseThrow()));
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectKeepsItsDate() {
        // "both countries downgraded ... in January 2023" dates the downgrade, not Estonia's expulsions
        assertNull(date(triple("Estonia has expelled several Russian diplomats in recent years, and both countries downgraded "
                + "their relations in January 2023.", "expel")));
        // a shared subject shares the date
        assertEquals("2024-04-24", date(triple("Wang Yi visited China on April 24 and met Antony Blinken.", "meet")));
    }

    @Test
    void aParticipleClauseOfTheSameSubjectHappensWhenItsClauseDoes() {
        assertEquals("2024-04-22", date(triple("Charles Kushner took up his post on Monday, presenting his credentials to "
                + "President Emmanuel Macron.", "present credentials to")));
        // the participle's own act is dated; the act it makes another do is not that act
        String forcing = "Israel struck Gaza on Tuesday, forcing Hamas to attack Israel.";
        assertEquals("2024-04-23", date(triple(forcing, "force")));
        assertNull(date(triple(forcing, "attack")));
    }

    @Test
    void aDayBetweenTheSubjectAndItsVerbDatesTheVerb() {
        // the parser hangs "on Monday" on the subject
        assertEquals("2024-04-22", date(triple("Canada on Monday imposed sanctions on fourteen Venezuelan officials.", "impose sanctions on")));
        // a date after the verb in another's phrase is none of this
        assertNull(date(triple("Canada imposed sanctions on Venezuela, whose election on Sunday was disputed.", "impose sanctions on")));
    }

    @Test
    void aWhereOrWhenClauseHappensAtTheTimeOfItsClause() {
        assertEquals("2024-05-02", date(triple("Gabriel Boric will travel to South Korea on Thursday, where he will meet acting "
                + "President Choi Sang-mok.", "meet")));
        assertEquals("2024-04-22", date(triple("Mohammed Shia al-Sudani traveled to Washington on Monday, where he met Joe Biden.", "meet")));
        // the traveler welcomed there takes part too
        assertEquals("2024-04-26", date(triple("Joe Biden traveled to Poland on Friday, where Andrzej Duda welcomed him.", "welcome")));
        // a relative clause with "who" is another's time
        assertNull(date(triple("Macron, who visited Berlin on Monday, met Olaf Scholz.", "meet")));
        // a "when" clause is at its clause's time; a "before" clause is not
        assertEquals("2023", date(triple("Gerald Darmanin drew criticism last year when he visited Nicolas Sarkozy in prison.", "visit")));
        assertNull(date(triple("Gerald Darmanin drew criticism last year before he visited Nicolas Sarkozy in prison.", "visit")));
        // a "when" clause on a date the text gives is at that date, whoever acts; not on "the day"
        assertEquals("2019", date(triple("The talks resumed in 2019, when Russia attacked Ukraine.", "attack")));
        assertNull(date(triple("Olaf Scholz spoke about the day when Russia invaded Ukraine.", "invade")));
        // another actor's act, or one that had happened before, is not at the clause's time
        assertNull(date(triple("Olaf Scholz spoke on Monday about the day when Russia invaded Ukraine.", "invade")));
        assertNull(date(triple("Volodymyr Zelensky recalled on Monday when Russia invaded Ukraine.", "invade")));
        assertNull(date(triple("Joe Biden was in Warsaw on Monday, where Russia had attacked Poland in the past.", "attack")));
        assertNull(date(triple("Volodymyr Zelensky traveled to Bucha on Monday, where Russia massacred Ukrainians.", "massacre")));
    }

    @Test
    void anEventToldAgainInTheBodyDatesItsHeadline() {
        // the headline's visit is the body's arrival (one event of type visit): dated Wednesday
        assertEquals("2024-04-24", date(triple("Blinken visits China\n\nAntony Blinken arrived in China on Wednesday.", "visit")));
        // told with two dates, which one the headline means is not said
        Triple twice = triple("Blinken visits China\n\nAntony Blinken arrived in China on Wednesday. He had visited China in 2023.", "visit");
        assertEquals(0, twice.sentence());
        assertNull(date(twice));
        // in the body a second telling may be another event: only the headline takes the date
        ExtractionResult body = TestPipeline.extract("Vladimir Putin met Xi Jinping in Beijing on Tuesday. Putin and Xi Jinping have met "
                + "more than 40 times.", DOC_DATE);
        assertEquals("2024-04-23", date(body.triples().stream().filter(t -> t.sentence() == 0).findFirst().orElseThrow()));
        assertTrue(body.triples().stream().filter(t -> t.sentence() == 1).allMatch(t -> t.date() == null), body.triples().toString());
    }

    @Test
    void aDateExtendsToTheVerbsCoordinatedWithIt() {
        assertEquals("2024-04-24", date(triple("Antony Blinken visited China on April 24 and met Wang Yi.", "meet")));
        assertEquals("2024-04-24", date(triple("Antony Blinken visited China on April 24 and met Wang Yi.", "visit")));
        assertEquals("2024-04-24", date(triple("Antony Blinken met Wang Yi and visited China on April 24.", "meet")));
    }

    @Test
    void aClauseWithASubjectOfItsOwnDoesNotTakeTheDateOfTheOneBeforeIt() {
        String text = "Tim Sweeney founded Valve Corporation in 1991, and Microsoft has previously sued Apple.";
        assertEquals("1991", date(triple(text, "found")));
        assertNull(triple(text, "sue").date());
        // a date that opens the sentence dates both clauses
        List<Triple> both = TestPipeline.extract("On Monday, Apple sued Samsung and Google sued Microsoft.", DOC_DATE).triples();
        assertEquals(2, both.stream().filter(t -> t.predicate().equals("sue")).count(), both.toString());
        assertTrue(both.stream().filter(t -> t.predicate().equals("sue")).allMatch(t -> "2024-04-22".equals(date(t))), both.toString());
        // but not a clause that says it came later
        String since = "In 1991, Tim Sweeney founded Epic Games, and the company has since sued Apple.";
        assertEquals("1991", date(triple(since, "found")));
        assertNull(triple(since, "sue").date());
        String later = "In 2019, Jane Smith joined Google, and Microsoft later hired her.";
        assertEquals("2019", date(triple(later, "join")));
        assertNull(triple(later, "hire").date());
        // the same actors named again are no other subject
        assertEquals("2024-04-24", date(triple("Mark Carney spoke by phone with Claudia Sheinbaum on Wednesday and the two leaders agreed "
                + "to coordinate their responses.", "agree")));
    }

    @Test
    void aVerbWithADateOfItsOwnKeepsIt() {
        String text = "Antony Blinken visited China on April 24 and met Wang Yi on Thursday.";
        assertEquals("2024-04-24", date(triple(text, "visit")));
        assertEquals("2024-04-25", date(triple(text, "meet")));
    }

    @Test
    void aPlannedEventDoesNotTakeThePastDateOfAnotherEvent() {
        Triple reunion = triple("Vladimir Putin will reunite with Kim Jong-un nine months after their summit last September.", "reunite with");
        assertEquals(Modality.PLANNED, reunion.modality());
        assertNull(reunion.date());
        Triple planned = triple("Vladimir Putin will meet Kim Jong-un in September.", "meet");
        assertEquals(Modality.PLANNED, planned.modality());
        assertNotNull(planned.date(), "a planned event keeps a date that is still to come");
        assertEquals("2024-09", date(planned));
    }

    @Test
    void aCoordinatedVerbInheritsWillFromTheFirst() {
        Triple meet = triple("Vladimir Putin will visit North Korea and meet Kim Jong-un.", "meet");
        assertEquals(Modality.PLANNED, meet.modality());
        assertEquals(Modality.ASSERTED, triple("Vladimir Putin visited North Korea and met Kim Jong-un.", "meet").modality());
    }

    @Test
    void aCoordinatedVerbLendsNeitherItsWordsNorItsNegation() {
        Triple meet = triple("Vladimir Putin did not visit North Korea but met Kim Jong-un.", "meet");
        assertEquals("met", meet.text());
        assertEquals(false, meet.negated());
        assertEquals(true, triple("Vladimir Putin did not visit North Korea but met Kim Jong-un.", "visit").negated());
    }
}
