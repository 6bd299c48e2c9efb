package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructed sentences for each event-coding pattern of models/event-relations.rules, through the real pipeline. */
class EventRulesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("clause-subject-target", "China demanded that the United States cancel the arms sale.",
                        "China|demand|United States"),
                Arguments.of("clause-subject-target", "Turkey demanded that Israel halts its offensive.", "Turkey|demand|Israel"),
                Arguments.of("subjunctive-clause-subject-target", "The European Union insisted that Turkey release the journalists.",
                        "European Union|insist|Turkey"),
                Arguments.of("verb-act-of-actor", "Bangladesh rejected an Indian proposal for a trade agreement.",
                        "Bangladesh|reject proposal of|India"),
                Arguments.of("verb-act-of-actor", "Japan welcomed China's offer of talks.", "Japan|welcome offer of|China"),
                Arguments.of("verb-preposition-act-of-actor", "Iran agreed to Iraqi mediation.", "Iran|agree to mediation of|Iraq"),
                Arguments.of("helped-with-help-of", "Syria retook the city of Aleppo with Russian support.", "Russia|help|Syria"),
                Arguments.of("verb-for-act-against", "Sweden called for sanctions against Belarus.",
                        "Sweden|call for sanctions against|Belarus"),
                Arguments.of("verb-for-measure-of", "Poland called for a boycott of Russia.", "Poland|call for boycott of|Russia"),
                Arguments.of("state-act-in-country", "Canada deployed troops in Latvia last year.", "Canada|deploy troops in|Latvia"),
                Arguments.of("state-act-on-thing-in-country", "Israel will dismantle all settlements in the Gaza Strip.",
                        "Israel|dismantle settlements in|Gaza Strip"),
                Arguments.of("passive-state-act-on-thing-in-country", "A refugee camp in Chad was attacked by Sudanese militiamen.",
                        "Sudan|attack camp in|Chad"),
                Arguments.of("state-act-for-thing-in-country", "Germany sent aid to the refugees in Jordan.",
                        "Germany|send to refugees in|Jordan"),
                // a place noun of a country stands for the country ("Syria's Idlib province")
                Arguments.of("state-act-on-thing-in-country", "Turkey shelled villages in Syria's Idlib province.",
                        "Turkey|shell villages in|Syria"),
                Arguments.of("clause-must-target", "Russia said that Sudan must return the helicopter.", "Russia|say must|Sudan"));
    }

    private static String key(Triple t) {
        return RuleFileCases.key(t);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void ruleFindsItsTriple(String rule, String sentence, String expected) {
        RuleFileCases.assertRuleFinds(rule, sentence, expected);
    }

    /** A clause in a tense after "insist" states a fact, no directive; after "demand" or "urge" it directs all the same. */
    @Test
    void aClauseInATenseIsDirectedOnlyByAVerbThatDoesNotAlsoAssert() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Angela Merkel insisted that Vladimir Putin was lying. Martina "
                + "Egger insisted that Lukas Brandstätter had not broken any rules. Ukraine demanded that Putin is punished. The "
                + "European Union urged that Serbia recognises Kosovo."));
        assertTrue(keys.contains("Ukraine|demand|Vladimir Putin"), keys.toString());
        assertTrue(keys.contains("European Union|urge|Serbia"), keys.toString());
        List<String> asked = RuleFileCases.keys(TestPipeline.extract("Germany asked whether the United States would keep its troops in Poland. "
                + "Angela Merkel asked what Russia wanted in return. Angela Merkel asked why Iran would join. Angela Merkel asked which "
                + "talks Turkey would attend. Angela Merkel asked that Belarus free the prisoners."));
        assertTrue(asked.contains("Angela Merkel|ask|Belarus"), asked.toString());
        assertTrue(asked.stream().noneMatch(k -> k.startsWith("Germany|ask") || k.matches("Angela Merkel\\|ask\\|(Russia|Iran|Turkey)")),
                asked.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Angela Merkel|insist") || k.startsWith("Martina Egger|insist")), keys.toString());
    }

    /** Help one acted with was given by the helper: no act of the one who acted on the helper's help. */
    @Test
    void helpActedWithIsTheHelpersButMediationAgreedToIsTheMediators() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Greece put out the fires with the help of Italy. Iran agreed to "
                + "Iraqi mediation."));
        assertTrue(keys.contains("Italy|help|Greece"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Greece|") && k.endsWith("|Italy")), keys.toString());
        assertTrue(keys.contains("Iran|agree to mediation of|Iraq"), keys.toString());
    }

    @Test
    void everyRuleInTheFileHasACase() throws IOException {
        RuleFileCases.assertEveryRuleHasACase("event-relations.rules", cases());
    }

    @Test
    void whatTheRulesLeaveAlone() {
        // a bought product is no act of its maker's country; a clause after "said" is no demand on its subject
        ExtractionResult r = TestPipeline.extract("Kenya bought Japanese cars. France said that Germany would host the summit.");
        List<String> keys = r.triples().stream().map(EventRulesTest::key).toList();
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Kenya|") || k.startsWith("France|")), keys.toString());
        // a released person is no target of the call (the captor is, and the text does not name one); criticizing someone
        // for an arrest is no call for it
        List<String> release = TestPipeline.extract("The EU called for the release of Alexei Navalny. Poland called for a boycott of Russia. "
                + "The United States criticized Russia for the arrest of Evan Gershkovich.")
                .triples().stream().map(EventRulesTest::key).toList();
        assertTrue(release.stream().noneMatch(k -> k.endsWith("|Alexei Navalny") || k.endsWith("|Evan Gershkovich")), release.toString());
        assertTrue(release.contains("Poland|call for boycott of|Russia"), release.toString());
        ExtractionResult demand = TestPipeline.extract("China demanded that the United States cancel the arms sale.");
        assertTrue(demand.triples().stream().map(EventRulesTest::key).anyMatch(k -> k.equals("China|demand|United States")));
    }

    @Test
    void anotherPartysActInACountryIsAimedAtThatParty() {
        List<String> keys = TestPipeline.extract("Albania condemned Serbia's crackdown in Montenegro. "
                + "Albania denounced Serbia's suppression of ethnic Albanian unrest in Montenegro.").triples().stream()
                .map(EventRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Albania|condemn crackdown of|Serbia", "Albania|denounce suppression of|Serbia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Montenegro")), keys.toString());
    }

    @Test
    void talksHeldInACountryAreNotAimedAtIt() {
        List<String> keys = TestPipeline.extract("India and China held talks in Russia.").triples().stream().map(EventRulesTest::key).toList();
        assertTrue(keys.contains("India|hold talks with|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Russia")), keys.toString());
    }

    @Test
    void actingWithPartiesInACountryIsNoActOnIt() {
        List<String> keys = TestPipeline.extract("Ukraine joined NATO allies in condemning Russia. Russia deployed troops in Belarus. "
                + "Russia detained officials in Ukraine.")
                .triples().stream().map(EventRulesTest::key).toList();
        assertTrue(keys.contains("Russia|deploy troops in|Belarus"), keys.toString());
        assertTrue(keys.contains("Russia|detain officials in|Ukraine"), keys.toString()); // people acted on are no parties acted with
        assertTrue(keys.stream().noneMatch(k -> k.contains("|join allies in|")), keys.toString());
    }

    @Test
    void aNameBeforeAnActIsItsAuthorOnlyWhenNoOtherIsNamed() {
        // "Sweden's NATO membership bid": Sweden bids, NATO is what the bid is for
        List<String> keys = TestPipeline.extract("Turkey's parliament approved Sweden's NATO membership bid.").triples().stream()
                .map(EventRulesTest::key).toList();
        assertTrue(keys.contains("Turkey|approve bid of|Sweden"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|NATO")), keys.toString());
    }
}
