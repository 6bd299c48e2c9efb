package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name right after a class noun names that noun, not a noun before it, through the real pipeline. */
class AdjacentNameAppositionRepairTest {
    @Test
    void aNameAfterAClassNounWithoutACommaNamesThatNoun() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Savanna Mobile won the auction on Friday. Its chief executive, Adaeze "
                + "Okonkwo, said Savanna Mobile planned to build 4,000 masts and would sign a contract with the Finnish equipment maker "
                + "Nokia within weeks."));
        assertTrue(keys.contains("Savanna Mobile|sign contract with|Nokia"), keys.toString());
        assertTrue(keys.contains("Nokia|based in|Finland"), keys.toString());
    }
}
