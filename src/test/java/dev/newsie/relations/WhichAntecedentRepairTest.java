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

    @Test
    void aWhoClauseRightAfterABodysNameIsThePersons() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Lena Hart, a geologist at the University of Cape Town who led the "
                + "survey together with Tomas Berg of the Max Planck Institute for Chemistry in Mainz, Germany, said the rocks were old."));
        assertTrue(keys.contains("Lena Hart|lead survey with|Tomas Berg"), keys.toString());
        assertTrue(keys.contains("Lena Hart|geologist at|University of Cape Town"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("University of Cape Town|")), keys.toString());
    }

    @Test
    void aWhoClauseSetOffFromABodysNameByACommaStaysOnTheBody() {
        // British usage lets a team take "who": "a defender for Orbis Logistics, who won" may be the club's
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Maria Lopez, an economist at Orbis Bank who advised "
                + "Northwind Technologies on the deal, declined to comment. Tomas Berg, a defender for Orbis Logistics, who beat Vexlar Nord "
                + "2-0 on Sunday, said the team was tired."));
        assertTrue(keys.contains("Maria Lopez|advise|Northwind Technologies"), keys.toString());
        assertTrue(keys.contains("Orbis Logistics|beat|Vexlar Nord"), keys.toString());
        assertFalse(keys.contains("Tomas Berg|beat|Vexlar Nord"), keys.toString());
    }

    @Test
    void aWhoClauseWithAPluralVerbAfterABodysNameStaysOnTheBody() {
        // "who represent" agrees with the body (British usage), not with the singular role noun
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Lena Hart, a lawyer at the University of Cape Town who represent "
                + "Orbis Logistics, met Tomas Berg."));
        assertTrue(keys.contains("University of Cape Town|represent|Orbis Logistics"), keys.toString());
        assertFalse(keys.contains("Lena Hart|represent|Orbis Logistics"), keys.toString());
    }
}
