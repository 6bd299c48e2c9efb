package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.params.provider.Arguments;

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

/** What the tests of a rules file share: a triple's key, "this rule finds this triple", "every rule has a case". */
final class RuleFileCases {
    private RuleFileCases() {
    }

    /** "subject|predicate|object". */
    static String key(Triple t) {
        return t.subject().name() + "|" + t.predicate() + "|" + t.object().name();
    }

    static List<String> keys(ExtractionResult r) {
        return r.triples().stream().map(RuleFileCases::key).toList();
    }

    static void assertRuleFinds(String rule, String sentence, String expected) {
        ExtractionResult r = TestPipeline.extract(sentence);
        List<String> found = r.triples().stream().filter(t -> t.rule().equals(rule)).map(RuleFileCases::key).toList();
        assertTrue(found.contains(expected), rule + " gave " + found + "; all: " + keys(r));
    }

    /** Every {@code rule NAME} of the models file has at least one case, and every case names a rule of the file. */
    static void assertEveryRuleHasACase(String modelsFile, Stream<Arguments> cases) throws IOException {
        Set<String> inFile = Files.readAllLines(Path.of("models", modelsFile)).stream()
                .filter(l -> l.startsWith("rule ")).map(l -> l.substring(5).strip()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = cases.map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inFile, tested);
    }
}
