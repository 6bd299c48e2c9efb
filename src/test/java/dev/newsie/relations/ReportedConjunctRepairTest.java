package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verb joined to the verb of saying belongs to the speaker or to the reported clause, by its form. */
class ReportedConjunctRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aModalVerbAfterTheReportedClauseIsThatClausesAct() {
        List<String> keys = keys("The Ethiopian Athletics Federation objected to the transfer. Its president, Tesfaye Bekele, said the "
                + "federation was \"deeply disappointed\" and might appeal to the Court of Arbitration for Sport.");
        assertTrue(keys.contains("Ethiopian Athletics Federation|appeal to|Court of Arbitration for Sport"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tesfaye Bekele|appeal")), keys.toString());
        // a past act of the speaker's stays the speaker's
        List<String> past = keys("Moussa Faki said the attack was unacceptable and called on Sudan to stop the fighting.");
        assertTrue(past.contains("Moussa Faki|call on|Sudan"), past.toString());
        assertTrue(past.stream().noneMatch(k -> k.startsWith("Sudan|call")), past.toString());
    }

    @Test
    void aSpeakersActInThePresentTenseOfTheSayingAfterAPastReportedClauseIsTheSpeakers() {
        List<String> keys = keys("Orbis Bank argues that Vexlar Nord underestimated the cost of steel and accuses Northwind Technologies "
                + "of failing to check the price.");
        assertTrue(keys.contains("Orbis Bank|accuse|Northwind Technologies"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Vexlar Nord|accuse")), keys.toString());
        // in the reported clause's own tense the act stays the reported subject's
        List<String> same = keys("Orbis Bank says Vexlar Nord underestimated the cost and accused Northwind Technologies of lying.");
        assertTrue(same.contains("Vexlar Nord|accuse|Northwind Technologies"), same.toString());
    }

    @Test
    void aSpeakersActSetOffAtTheEndOfAReportedClauseIsTheSpeakers() {
        List<String> keys = keys("Nasser Bourita said that Algeria was trying to isolate Morocco, accusing Algiers of using the group.");
        assertTrue(keys.containsAll(List.of("Nasser Bourita|accuse|Algeria", "Algeria|isolate|Morocco")), keys.toString());
        List<String> urged = keys("Nasser Bourita said Algeria was wrong, urging Tunisia to stay out.");
        assertTrue(urged.contains("Nasser Bourita|urge|Tunisia"), urged.toString());
        assertTrue(urged.stream().noneMatch(k -> k.startsWith("Algeria|urge")), urged.toString());
        // the verbs the act controls are the speaker's too
        List<String> vowed = keys("Nasser Bourita said Algeria was wrong, vowing to retaliate against Algeria.");
        assertTrue(vowed.contains("Nasser Bourita|retaliate against|Algeria"), vowed.toString());
        // after a reported act the participle may go on with it: left to the parser
        List<String> act = keys("Nasser Bourita said Algeria attacked Morocco, urging Tunisia to stay out.");
        assertTrue(act.contains("Algeria|attack|Morocco"), act.toString());
        assertTrue(act.stream().noneMatch(k -> k.startsWith("Nasser Bourita|urge")), act.toString());
    }

    @Test
    void aParticipleWithAnObjectAfterAReportedPassiveIsTheSpeakersAct() {
        List<String> keys = keys("Orbis Bank said in a report published on Tuesday that the goods were still being shipped to Vietnam, "
                + "and accused Vietnam of failing to act.");
        assertTrue(keys.contains("Orbis Bank|accuse|Vietnam"), keys.toString());
        // a passive participle without an object shares the reported passive
        List<String> passive = keys("Orbis Bank said Vexlar Nord was fined by Japan and banned from trading.");
        assertTrue(passive.contains("Japan|fine|Vexlar Nord"), passive.toString());
        assertTrue(passive.stream().noneMatch(k -> k.startsWith("Orbis Bank|")), passive.toString());
    }
}
