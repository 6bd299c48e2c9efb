package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name the parser hangs on the wrong noun after a title and a comma, through the real pipeline. */
class StrayTitleAppositionRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    /** A second name after a described person's kin phrase is the title's holder there, not the person's other name. */
    @Test
    void aNameAfterADescribedPersonsPhraseIsTheTitlesHolder() {
        List<String> keys = triples("The Orbis Workers' Union was registered in May. Among them was Dilcia Mejía, the sister of the "
                + "union's general secretary, Karla Mejía.");
        assertTrue(keys.containsAll(List.of("Dilcia Mejía|sister of|Karla Mejía", "Karla Mejía|general secretary of|Orbis Workers' Union")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Dilcia Mejía|general secretary")), keys.toString());
    }
}
