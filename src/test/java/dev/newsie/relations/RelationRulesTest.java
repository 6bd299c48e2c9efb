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

/** One short sentence per relation pattern of models/relations.rules, run through the real pipeline. */
class RelationRulesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("verb-object", "Vladimir Putin visited North Korea in June 2024.", "Vladimir Putin|visit|North Korea"),
                Arguments.of("verb-preposition", "Angela Merkel met with Emmanuel Macron in Berlin.", "Angela Merkel|meet with|Emmanuel Macron"),
                Arguments.of("verb-thing-preposition", "China does not supply weapons to Russia.", "China|supply weapons to|Russia"),
                Arguments.of("verb-other-object-preposition", "Boeing delivers final 717 to AirTran.", "Boeing|deliver to|AirTran"),
                Arguments.of("verb-possessed-object", "The GAO upheld Boeing's protest.", "GAO|uphold protest of|Boeing"),
                Arguments.of("verb-noun-to-verb", "Fiat made an offer to acquire Chrysler.", "Fiat|acquire|Chrysler"),
                Arguments.of("verb-between", "The contract was fought for between Boeing and Lockheed Martin.", "Boeing|fight with|Lockheed Martin"),
                Arguments.of("light-verb-noun-preposition", "China will hold talks with South Korea.", "China|hold talks with|South Korea"),
                Arguments.of("made-visit-to", "Xi Jinping made a state visit to France last May.", "Xi Jinping|visit|France"),
                Arguments.of("passive-agent", "Boeing was defeated by Airbus.", "Airbus|defeat|Boeing"),
                Arguments.of("conjoined-subjects-joint-event", "South Korea and China will hold talks next week.", "South Korea|hold talks with|China"),
                Arguments.of("conjoined-subjects-reciprocal", "Joe Biden and Xi Jinping met in San Francisco.", "Joe Biden|meet|Xi Jinping"),
                Arguments.of("conjoined-subjects-reciprocal-in-compound", "In September 2023, Russian President Vladimir Putin and North Korean "
                        + "State Affairs Commission Chairman Kim Jong-un met at the Vostochny Cosmodrome.", "Vladimir Putin|meet|Kim Jong-un"),
                Arguments.of("nominal-visit", "Vladimir Putin's visit to North Korea worried Japan.", "Vladimir Putin|visit|North Korea"),
                Arguments.of("nominal-joint-event-between", "The summit between Donald Trump and Kim Jong-un ended early.", "Donald Trump|summit with|Kim Jong-un"),
                Arguments.of("nominal-event-with", "China's dispute with Japan deepened.", "China|dispute with|Japan"),
                Arguments.of("demonym-title-name", "Russian President Vladimir Putin arrived.", "Vladimir Putin|president of|Russia"),
                Arguments.of("country-title-name", "US President Joe Biden spoke.", "Joe Biden|president of|United States"),
                Arguments.of("apposition-role-of", "Sun Weidong, Vice Foreign Minister of China, arrived.", "Sun Weidong|vice foreign minister of|China"),
                Arguments.of("apposition-role-possessive", "Sun Weidong, China's vice foreign minister, arrived.", "Sun Weidong|vice foreign minister of|China"),
                Arguments.of("copula-role-of", "Emmanuel Macron is the president of France.", "Emmanuel Macron|president of|France"));
    }

    private static String key(Triple t) {
        return t.subject().name() + "|" + t.predicate() + "|" + t.object().name();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void ruleFindsItsTriple(String rule, String sentence, String expected) {
        ExtractionResult r = TestPipeline.extract(sentence);
        List<String> found = r.triples().stream().filter(t -> t.rule().equals(rule)).map(RelationRulesTest::key).toList();
        assertTrue(found.contains(expected), rule + " gave " + found + "; all: " + r.triples().stream().map(RelationRulesTest::key).toList());
    }

    @Test
    void everyRuleInTheModelsHasACase() throws IOException {
        Set<String> inFile = Files.readAllLines(Path.of("models/relations.rules")).stream()
                .filter(l -> l.startsWith("rule ")).map(l -> l.substring(5).strip()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inFile, tested);
    }

    @Test
    void noTripleFromUnrelatedEntitiesOrAlone() {
        ExtractionResult r = TestPipeline.extract("Vladimir Putin arrived. North Korea is in Asia.");
        assertEquals(List.of(), r.triples().stream().map(RelationRulesTest::key).toList());
    }

    @Test
    void aTripleContainedInALongerOneIsDropped() {
        ExtractionResult r = TestPipeline.extract("Vladimir Putin met with Xi Jinping in Beijing.");
        List<String> keys = r.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Vladimir Putin|meet with|Xi Jinping"), keys.toString());
        assertEquals(1, keys.stream().filter(k -> k.startsWith("Vladimir Putin|meet")).count(), keys.toString());
    }
}
