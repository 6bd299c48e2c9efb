package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name set off after "whose" and a kin noun is the kin, however the parser reads the relative clause. */
class WhoseKinAppositionRepairTest {
    @Test
    void aNameSetOffAfterWhoseAndAKinNounIsThatKin() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The film's director, Ashwini Kulkarni, challenged the refusal in "
                + "December. Kulkarni, whose mother, the stage actress Vandana Kulkarni, plays a farmer's widow in the film, said she "
                + "was relieved but not celebrating."));
        assertTrue(keys.contains("Vandana Kulkarni|mother of|Ashwini Kulkarni"), keys.toString());
    }

    @Test
    void aNameSetOffAfterWhoseAndANounNoKinIsNoKin() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The film's director, Ashwini Kulkarni, challenged the refusal in "
                + "December. Kulkarni, whose producer, the banker Vandana Mehta, owns a farm in the film's region, said she was "
                + "relieved. Kulkarni, whose brother, Ravi Kulkarni, runs a studio, spoke."));
        // the producer is named as such, no kin
        assertTrue(keys.contains("Vandana Mehta|producer of|Ashwini Kulkarni"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Vandana Mehta|") && !k.contains("producer")), keys.toString());
        assertTrue(keys.contains("Ravi Kulkarni|brother of|Ashwini Kulkarni"), keys.toString());
    }

    @Test
    void aNameRightAfterWhoseAndAKinNounIsThatKinAndTheVerbsSubject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Pieter Smit, whose daughter Eline Smit sits on the board, will "
                + "remain an adviser. Ana Ruiz, whose mother Carmen Ruiz played for Spain, said she was proud."));
        assertTrue(keys.containsAll(List.of("Eline Smit|daughter of|Pieter Smit", "Carmen Ruiz|mother of|Ana Ruiz",
                "Carmen Ruiz|play for|Spain")), keys.toString());
        // the kin noun is no object of the clause's verb
        assertTrue(keys.stream().noneMatch(k -> k.contains("play mother")), keys.toString());
        // an object clause that is just what it says stays so
        List<String> object = RuleFileCases.keys(TestPipeline.extract("Pieter Smit, whose daughter Eline Smit sits on the board, spoke. "
                + "Jane Roe, whose friend Jeffrey Epstein abused as a teenager, testified."));
        assertTrue(object.contains("Eline Smit|daughter of|Pieter Smit"), object.toString());
        assertTrue(object.stream().noneMatch(k -> k.startsWith("Jeffrey Epstein|")), object.toString());
    }

    @Test
    void whoseAfterAPredicateNounIsItsSubjects() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Maria Koval is a nurse whose son, Taras Koval, joined the army. "
                + "Telenor is a company whose founder, Olena Shevchuk, joined the union."));
        assertTrue(keys.contains("Taras Koval|son of|Maria Koval"), keys.toString());
        // a predicate noun of no person's: no kin
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Olena Shevchuk|") && k.contains("son of")), keys.toString());
    }
}
