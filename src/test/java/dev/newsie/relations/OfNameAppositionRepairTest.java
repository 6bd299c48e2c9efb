package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organization's class noun set off right after its name is the name's apposition, wherever the parser hangs it. */
class OfNameAppositionRepairTest {
    @Test
    void aClassNounAfterANameInAnOfPhraseIsTheNames() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Kim Do-hyun had been criticised by investors over the company's "
                + "purchase of Golden Wok, a frozen-dumpling maker based in the United States, for 310 billion won in 2024."));
        assertTrue(keys.contains("Golden Wok|based in|United States"), keys.toString());
    }

    @Test
    void aClassNounAfterANameInAppositionIsTheNamesButAPersonsNounIsNot() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Holzmann blamed the supplier of the wheels, Drewpol, a family firm "
                + "from Poland, which she said had changed its glue. Investors praised the lawyer of Kim Do-hyun, a man based in the "
                + "United States."));
        assertTrue(keys.contains("Drewpol|based in|Poland"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Kim Do-hyun|based in")), keys.toString());
    }
}
