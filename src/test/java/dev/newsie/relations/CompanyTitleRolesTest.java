package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.settings.ModelFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<Triple> before = TestPipeline.extract("Boeing cut its forecast.\nChief executive Dave Calhoun said the strike hurt.", "2024-06-01").triples();
        assertTrue(before.stream().anyMatch(t -> t.rule().equals(CompanyTitleRoles.RULE) && t.subject().name().equals("Dave Calhoun")
                && t.object().name().equals("Boeing") && t.isPositionHeld()), before.toString());
    }

    /** Where nearby sentences name several companies, the bare title is the story's lead company's, unless another comes first. */
    @Test
    void aBareCompanyTitleFarFromItsCompanyIsTheLeadCompanys() {
        String lead = "Volkswagen will close three plants in Germany, the carmaker said on Monday.\n\n"
                + "The union IG Metall and the rival BMW criticised the plan. Volkswagen, which is headquartered in Wolfsburg, "
                + "took over the site from the coachbuilder Karmann in 2009.\n\n";
        List<String> keys = keys(lead + "Chief executive Oliver Blume, who also runs Porsche, said the decision was unavoidable.");
        assertTrue(keys.contains("Oliver Blume|chief executive of|Volkswagen"), keys.toString());
        keys = keys(lead + "At BMW, chief executive Oliver Zipse said the plan was unwise.");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Oliver Zipse|chief executive of|Volkswagen")), keys.toString());
        assertTrue(keys.contains("Oliver Zipse|chief executive of|BMW"), keys.toString());
        // the sentence before names another company first, or one follows the name: not the lead's
        keys = keys(lead + "General Motors also reported weak sales on Monday.\n\nChief executive Mary Barra said costs would fall.");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Mary Barra|chief executive of|Volkswagen")), keys.toString());
        keys = keys(lead + "Chief executive Mary Barra of General Motors said costs would fall.");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Mary Barra|chief executive of|Volkswagen")), keys.toString());
    }

    @Test
    void aBareTitleAfterASentenceDescribingAnotherCompanyIsNotTheNamedOnes() {
        String founded = "A new overnight train made its first journey on Sunday, after the Dutch start-up Lumen Rail won permission to "
                + "run its service through Germany.\n\nThe company was founded in 2022 by Femke de Wit and her husband, Joost Verbeek, "
                + "who both previously worked for Deutsche Bahn. De Wit, the chief executive, said the launch had been delayed twice.";
        List<String> keys = keys(founded);
        assertTrue(keys.stream().noneMatch(k -> k.contains("|chief executive of|Deutsche Bahn")), keys.toString());
        assertTrue(keys.contains("Joost Verbeek|found|Lumen Rail"), keys.toString());
        // the one company the sentence before names, with no other described there, is the title's
        keys = keys("Femke de Wit worked for the rail operator Transdev for years. De Wit, the chief executive, said the launch was delayed.");
        assertTrue(keys.stream().anyMatch(k -> k.endsWith("|chief executive of|Transdev")), keys.toString());
    }

    @Test
    void everyCompanyTitleIsAnOffice() throws IOException {
        for (String title : ModelFiles.lowercaseLines(Files.readAllLines(Path.of("models", CompanyTitleRoles.TITLES_FILE)))) {
            String text = "Microsoft said that " + title + " Amy Hood would speak.";
            List<Triple> triples = TestPipeline.extract(text, "2024-06-01").triples();
            assertTrue(triples.stream().anyMatch(t -> t.subject().name().equals("Amy Hood") && t.object().name().equals("Microsoft")
                    && t.isPositionHeld()), text + " " + triples);
        }
    }

    @Test
    void anOutletAStateBodyOrACompanyNamedAfterAPrepositionIsNotTheOfficersCompany() {
        for (String text : List.of("CUPERTINO, California (Reuters) - Chief executive Tim Cook said on Monday that sales would rise.",
                "Chief executive Jamie Dimon told CNBC that rates would rise.",
                "A spokesman told Reuters that chief executive Tim Cook would travel.",
                "Speaking to Reuters, chief executive Tim Cook said sales rose.",
                "Louis Gallois, the chief executive, was questioned by the FBI.",
                "The European Union fined the company, chief executive Sundar Pichai said.")) {
            List<Triple> triples = TestPipeline.extract(text, "2024-06-01").triples();
            assertTrue(triples.stream().noneMatch(t -> t.rule().equals(CompanyTitleRoles.RULE)), text + " " + triples);
        }
        assertTrue(keys("Microsoft said CFO Amy Hood would speak.").contains("Amy Hood|cfo of|Microsoft"));
        // a company named as the object of a verb or after a preposition is still the one named
        assertTrue(keys("Investors criticized Apple after chief executive Tim Cook sold shares.").contains("Tim Cook|chief executive of|Apple"));
        assertTrue(keys("According to Nissan, chief operating officer Ashwani Gupta would resign.")
                .contains("Ashwani Gupta|chief operating officer of|Nissan"));
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

    /** A relative clause on another body's thing names that body's chief: the company named before gets no title there. */
    @Test
    void aBareTitleAfterAnotherBodysPossessiveIsNoChiefOfTheCompany() {
        List<String> keys = keys("Orbis Bank bought 49 percent of the port. Its chief executive, Simon Drake, said the bank had no plans "
                + "to change the port's management, which is led by chief executive Kirsty Malloch.");
        assertTrue(keys.contains("Simon Drake|chief executive of|Orbis Bank"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Kirsty Malloch|")), keys.toString());
        // a possessive that opens no relative clause on another body's thing leaves the title the company's
        keys = keys("Orbis Bank, the world's largest lender to farmers, said that after the bank's loss, which shocked investors, "
                + "chief executive Kirsty Malloch would step down.");
        assertTrue(keys.contains("Kirsty Malloch|chief executive of|Orbis Bank"), keys.toString());
    }
}
