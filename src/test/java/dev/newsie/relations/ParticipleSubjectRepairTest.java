package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participle adjuncts and loosely parsed relative clauses get their subject, through the real pipeline. */
class ParticipleSubjectRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream().map(RuleFileCases::key).toList();
    }

    @Test
    void anAdverbialParticipleIsDoneByTheClausesSubject() {
        List<String> keys = keys("After meeting Xi Jinping, Biden said relations had improved.");
        assertTrue(keys.contains("Biden|meet|Xi Jinping"), keys.toString());
    }

    @Test
    void aPassiveAdverbialParticipleHasTheClausesSubjectAsItsPassiveSubject() {
        List<String> keys = keys("Prabowo Subianto held talks with Shigeru Ishiba after being received by Emperor Naruhito.");
        assertTrue(keys.contains("Naruhito|receive|Prabowo Subianto"), keys.toString());
        assertTrue(keys.contains("Prabowo Subianto|hold talks with|Shigeru Ishiba"), keys.toString());
        keys = keys("After being welcomed by Xi Jinping, Vladimir Putin signed the deal.");
        assertTrue(keys.contains("Xi Jinping|welcome|Vladimir Putin"), keys.toString());
        keys = keys("Putin returned to Moscow after having been invited to China by Xi Jinping.");
        assertTrue(keys.contains("Xi Jinping|invite|Putin"), "a perfect passive is passive: " + keys);
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Putin|invite")), keys.toString());
        // "without" says it did not happen
        keys = keys("Vladimir Putin met Li Qiang in Beijing without being received by Xi Jinping.");
        assertTrue(keys.contains("Vladimir Putin|meet|Li Qiang"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Xi Jinping|")), keys.toString());
    }

    @Test
    void aParticipleAfterACommaIsDoneByTheNounBeforeIt() {
        List<String> keys = keys("Antony Blinken, visiting China, urged Beijing to stop supporting Russia.");
        assertTrue(keys.contains("Antony Blinken|visit|China"), keys.toString());
    }

    @Test
    void aLooselyParsedRelativeClauseIsDoneByTheNounBeforeWho() {
        List<String> keys = keys("Guterres, who met Zelensky on Tuesday, called for peace.");
        assertTrue(keys.contains("Guterres|meet|Zelensky"), keys.toString());
    }

    @Test
    void withoutDoingItAndAPossessorsParticipleGiveNoAct() {
        List<String> without = keys("Without meeting Xi Jinping, Joe Biden left China.");
        assertTrue(without.contains("Joe Biden|leave|China"), without.toString());
        assertTrue(without.stream().noneMatch(k -> k.endsWith("|Xi Jinping")), without.toString());
        // "voted on imposing sanctions": a topic, not an act done
        ExtractionResult voted = TestPipeline.extract("The UN Security Council voted on imposing sanctions on North Korea.");
        assertTrue(voted.entities().stream().anyMatch(e -> e.name().equals("North Korea")), voted.entities().toString());
        assertTrue(voted.triples().stream().noneMatch(t -> t.predicate().startsWith("impose")), voted.triples().toString());
        // "Jordan's visiting King Abdullah II": the parser hangs "visiting" on Jordan; Jordan visits nobody
        List<String> possessor = keys("Moshe Katsav refused to meet Jordan's visiting King Abdullah II in Tel Aviv.");
        assertTrue(possessor.contains("Moshe Katsav|meet|Jordan") || possessor.contains("Moshe Katsav|meet|Abdullah II"), possessor.toString());
        assertTrue(possessor.stream().noneMatch(k -> k.startsWith("Jordan|visit")), possessor.toString());
    }

    @Test
    void anAdjunctAfterACommaIsDoneByTheSubjectUnlessItNamesAConsequence() {
        List<String> ordered = keys("India retaliated hours later, ordering six Canadian diplomats to leave the country by Saturday.");
        assertTrue(ordered.contains("India|order|Canada"), ordered.toString());
        // the firing prompted the strike: the Houthis prompted nothing
        List<String> prompted = keys("The Houthis fired a missile at Israel on Sunday, prompting Israel to strike Yemen.");
        assertTrue(prompted.contains("Israel|strike|Yemen"), prompted.toString());
        assertTrue(prompted.stream().noneMatch(k -> k.startsWith("Houthis|prompt")), prompted.toString());
    }

    @Test
    void aStatementsParticipleIsDoneByWhoeverIssuesIt() {
        List<String> urged = keys("Hamas issued a statement urging Egypt to open the border.");
        assertTrue(urged.contains("Hamas|urge|Egypt"), urged.toString());
        List<String> passed = keys("The UN Security Council passed a resolution condemning Israel.");
        assertTrue(passed.contains("UN Security Council|condemn|Israel"), passed.toString());
        List<String> in = keys("In a letter accusing Britain of lying, Russia said the talks had failed.");
        assertTrue(in.contains("Russia|accuse|United Kingdom"), in.toString());
        // the receiver of a letter did not write it; the letter's "-ing" clause has no subject in the text
        ExtractionResult received = TestPipeline.extract("Iran received a letter accusing Israel of spying.");
        assertTrue(received.entities().stream().anyMatch(e -> e.name().equals("Israel")), received.entities().toString());
        assertTrue(received.triples().stream().noneMatch(t -> t.subject().name().equals("Iran") && t.predicate().equals("accuse")),
                received.triples().toString());
    }

    @Test
    void aPassiveClausesNamedSubjectDoesItsMarkedAdjunct() {
        List<String> injured = keys("Lena Hart was injured last year while working for Orbis Logistics.");
        assertTrue(injured.contains("Lena Hart|work for|Orbis Logistics"), injured.toString());
        // a noun with the person in apposition stands for the person
        List<String> apposed = keys("The patient, Lena Hart, was injured in 2022 while working for Orbis Logistics.");
        assertTrue(apposed.contains("Lena Hart|work for|Orbis Logistics"), apposed.toString());
        // a thing's passive leaves the doer of its adjunct unsaid
        ExtractionResult housed = TestPipeline.extract("The building was damaged in 2022 while housing Orbis Logistics.");
        assertTrue(housed.entities().stream().anyMatch(e -> e.name().equals("Orbis Logistics")), housed.entities().toString());
        assertTrue(housed.triples().isEmpty(), housed.triples().toString());
    }
}
