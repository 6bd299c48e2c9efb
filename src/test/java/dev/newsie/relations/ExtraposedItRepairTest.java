package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extraposed "it" of "how hard it is to find" stands for nothing, through the real pipeline. */
class ExtraposedItRepairTest {
    @Test
    void anItAfterAnAdjectiveBeforeIsToStandsForNothing() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Oman's Ministry of Labour has barred the shipping company Orbis "
                + "Logistics from hiring foreign workers. The company's chief executive, Ola Berg, said it would appeal to the Supreme "
                + "Court, and he accused the ministry of ignoring how hard it is to find Omanis willing to drive heavy trucks."));
        assertFalse(keys.stream().anyMatch(k -> k.contains("|find|")), keys.toString());
        assertTrue(keys.contains("Orbis Logistics|appeal to|Supreme Court"), keys.toString());
    }

    @Test
    void aCompanyThatIsToBuyAnotherStillBuysIt() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Northwind Technologies said on Monday it is to buy Orbis Bank."));
        assertTrue(keys.contains("Northwind Technologies|buy|Orbis Bank"), keys.toString());
    }
}
