package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finite verb coordinated after an infinitive belongs to the clause the infinitive hangs from. */
class FiniteConjunctRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aFiniteConjunctSharesTheMainClausesSubject() {
        List<String> keys = keys("David Wood, the chief executive of Wickes, will stay on to run the brand and is expected to join "
                + "Kingfisher's executive committee.");
        assertTrue(keys.contains("David Wood|join committee of|Kingfisher"), keys.toString());
        assertTrue(keys.contains("David Wood|chief executive of|Wickes"), keys.toString());
        // the object of the infinitive is no subject of the conjunct
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Wickes|join")), keys.toString());
    }

    @Test
    void aTensedConjunctAfterAModalVerbSharesTheReportingClausesSubject() {
        List<String> keys = keys("Keir Starmer said Britain would support Ukraine and praised Volodymyr Zelensky.");
        assertTrue(keys.containsAll(List.of("United Kingdom|support|Ukraine", "Keir Starmer|praise|Volodymyr Zelensky")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("United Kingdom|praise")), keys.toString());
        // a bare conjunct shares the modal and its subject
        List<String> bare = keys("Keir Starmer said Britain would support Ukraine and send troops to Poland.");
        assertTrue(bare.contains("United Kingdom|send troops to|Poland"), bare.toString());
        assertTrue(bare.stream().noneMatch(k -> k.startsWith("Keir Starmer|send")), bare.toString());
    }

    @Test
    void aTensedConjunctAfterAGerundSharesTheSubjectOfTheClauseTheGerundHangsFrom() {
        List<String> keys = keys("Rizal Iqbal accused PT Sinar Langkah Mandiri of \"stealing from the poorest workers in the supply chain\" "
                + "and called on Adidas and Puma to put pressure on their supplier.");
        assertTrue(keys.containsAll(List.of("Rizal Iqbal|call on|Adidas", "Rizal Iqbal|call on|Puma", "Rizal Iqbal|accuse|PT Sinar Langkah Mandiri")),
                keys.toString());
        // the accused firm, the gerund's subject, calls on no one
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("PT Sinar Langkah Mandiri|")), keys.toString());
        // a gerund's gerund conjunct stays with it
        List<String> gerunds = keys("Rizal Iqbal accused Orbis Bank of cheating workers and misleading Adidas.");
        assertTrue(gerunds.contains("Rizal Iqbal|accuse|Orbis Bank"), gerunds.toString());
        assertTrue(gerunds.stream().noneMatch(k -> k.startsWith("Rizal Iqbal|mislead")), gerunds.toString());
    }

    @Test
    void aCopularConjunctSharesTheVerbsSubject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Meseret Alemu lives in Soria, and her coach is a member of the "
                + "Labour Party. Meseret Alemu lives in Soria and is a member of the Club Atletismo Valle del Ebro."));
        assertTrue(keys.contains("Meseret Alemu|member of|Club Atletismo Valle del Ebro"), keys.toString());
        // a conjunct with a subject of its own keeps it
        assertFalse(keys.contains("Meseret Alemu|member of|Labour Party"), keys.toString());
    }

    @Test
    void aTensedConjunctWithoutASubjectSharesItsVerbsSubject() {
        List<String> keys = keys("Lena Fischer, who as mayor oversaw the budget cuts in 2021, welcomed the report but accused Siemens "
                + "of hiding costs.");
        assertTrue(keys.contains("Lena Fischer|accuse|Siemens"), keys.toString());
        // a conjunct with a subject of its own keeps it
        List<String> own = keys("Lena Fischer welcomed the report, but Olaf Scholz accused Siemens of hiding costs.");
        assertTrue(own.contains("Olaf Scholz|accuse|Siemens"), own.toString());
        assertTrue(own.stream().noneMatch(k -> k.startsWith("Lena Fischer|accuse")), own.toString());
        // verbs coordinated inside a relative clause keep the parser's reading
        List<String> relative = keys("Oslo police detained Lars Berg, who attacked Erik Dahl and insulted Anna Lund.");
        assertTrue(relative.containsAll(List.of("Lars Berg|attack|Erik Dahl", "Lars Berg|insult|Anna Lund")), relative.toString());
        assertTrue(relative.stream().noneMatch(k -> k.startsWith("Erik Dahl|")), relative.toString());
    }

    @Test
    void verbsCoordinatedWithANameThatHeadsTheSentenceHaveItAsTheirSubject() {
        List<String> keys = keys("Heineken closed a brewery. In the Netherlands, FNV, the country's largest trade union, criticised "
                + "Heineken and accused it of greed.");
        assertTrue(keys.containsAll(List.of("FNV|criticise|Heineken", "FNV|accuse|Heineken")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Heineken|accuse") || k.startsWith("Netherlands|accuse")), keys.toString());
        // a name a preposition governs is no subject ("According to Reuters, ...")
        List<String> reported = keys("According to Reuters, Nokia cut 500 jobs and closed two plants in Finland.");
        assertTrue(reported.contains("Nokia|close plants in|Finland"), reported.toString());
        assertTrue(reported.stream().noneMatch(k -> k.startsWith("Reuters|")), reported.toString());
    }
}
