package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "who" stands for no place: a who-clause on a place after "from" is the person's, through the real pipeline. */
class WhichAntecedentRepairTest {
    @Test
    void aWhoClauseOnAPlaceAfterFromIsThePersons() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The court found that Dragan Vuković, a 51-year-old from Montenegro who "
                + "commanded the Caribe Star, had allowed members of a network to board the ship."));
        assertTrue(keys.contains("Dragan Vuković|command|Caribe Star"), keys.toString());
        assertFalse(keys.contains("Montenegro|command|Caribe Star"), keys.toString());
    }
}
