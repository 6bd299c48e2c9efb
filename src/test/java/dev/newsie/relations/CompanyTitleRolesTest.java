package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Airbus said that chief executive Louis Gallois ...": a company officer's bare title is the one company's named. */
class CompanyTitleRolesTest {
    private static List<String> keys(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text, "2009-06-01"));
    }

    @Test
    void aBareCompanyTitleIsTheOneCompanysNamed() {
        List<String> keys = keys("Airbus said on Monday that chief executive Louis Gallois would visit Toulouse.");
        assertTrue(keys.contains("Louis Gallois|chief executive of|Airbus"), keys.toString());
        keys = keys("General Motors replaced Rick Wagoner with Fritz Henderson, the current chief operating officer.");
        assertTrue(keys.contains("Fritz Henderson|chief operating officer of|General Motors"), keys.toString());
        // none named in the sentence: the one named in the sentence before
        keys = keys("Boeing cut its forecast. Its former CEO, Jim McNerney, blamed the strike.");
        assertTrue(keys.contains("Jim McNerney|former ceo of|Boeing"), keys.toString());
    }

    @Test
    void twoCompaniesATitleOtherStatesGiveOrAStatedOfficeGiveNone() {
        // two companies: whose is not said; "chairman" is a party's or a state body's too; a title with its company
        // is the patterns' and is not stated twice
        List<String> keys = keys("Boeing beat Airbus on orders, chief executive Jim McNerney said. "
                + "Toyota said chairman Fujio Cho would retire. Chrysler chief executive Bob Nardelli met Fiat.");
        assertTrue(keys.contains("Bob Nardelli|chief executive of|Chrysler"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jim McNerney|") || k.startsWith("Fujio Cho|")
                || k.equals("Bob Nardelli|chief executive of|Fiat")), keys.toString());
    }
}
