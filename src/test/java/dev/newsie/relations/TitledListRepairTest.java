package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list of described people the parser hung on the first one's title, through the real pipeline. */
class TitledListRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void laterDescribedNamesAreMoreMembersOfTheList() {
        List<String> keys = triples("Arévalo signed the declaration with Honduras's president, Xiomara Castro, Costa Rican President "
                + "Rodrigo Chaves and José Raúl Mulino, who became Panama's president in July.");
        assertTrue(keys.containsAll(List.of("Arévalo|sign declaration with|Xiomara Castro", "Arévalo|sign declaration with|Rodrigo Chaves",
                "Arévalo|sign declaration with|José Raúl Mulino", "Xiomara Castro|president of|Honduras",
                "José Raúl Mulino|president of|Panama")), keys.toString());
        // the first name's title and the last name's clause stay theirs
        assertFalse(keys.stream().anyMatch(k -> k.equals("José Raúl Mulino|president of|Honduras") || k.equals("Xiomara Castro|president of|Panama")
                || k.equals("Rodrigo Chaves|president of|Panama")), keys.toString());
        keys = triples("The agreement was signed by Kazakhstan's energy minister, Almasadam Satkaliyev, his Uzbek counterpart Jurabek "
                + "Mirzamakhmudov and Taalaibek Ibraev, the Kyrgyz energy minister.");
        assertTrue(keys.containsAll(List.of("Almasadam Satkaliyev|sign agreement with|Jurabek Mirzamakhmudov",
                "Jurabek Mirzamakhmudov|sign agreement with|Taalaibek Ibraev")), keys.toString());
    }

    @Test
    void anUndescribedNounOrTwoTitlesOfOneNameStayAppositions() {
        // "a former deputy for the Colorado Party" describes Carlos Benítez Ocampo; "president and chief executive" are one man's
        List<String> keys = triples("Benítez's brother, Carlos Benítez Ocampo, a former deputy for the Colorado Party, was arrested in "
                + "Asunción last year.");
        assertTrue(keys.contains("Carlos Benítez Ocampo|former deputy for|Colorado Party"), keys.toString());
        keys = triples("Ford reported a profit. The firm's president and chief executive, Alan Mulally, commented on the profits.");
        assertTrue(keys.contains("Alan Mulally|president of|Ford"), keys.toString());
    }

    @Test
    void anAppositionAfterTheLastMemberDescribesIt() {
        List<String> keys = triples("The agreement was signed by Algerian Foreign Minister Ahmed Attaf, Tunisia's Mohamed Ali Nafti and "
                + "Taher al-Baour, the acting foreign minister of Libya's Government of National Unity.");
        assertTrue(keys.contains("Taher al-Baour|acting foreign minister of|Government of National Unity"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Ahmed Attaf|acting foreign minister of")), keys.toString());
    }

    @Test
    void aSecondConjoinedAppositionAfterTheSecondNameIsThatNamesToo() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The agreement was signed in The Hague by Belgian Prime Minister "
                + "Bart De Wever and Dick Schoof, the Dutch prime minister and a former head of the Dutch intelligence service AIVD."));
        assertTrue(keys.contains("Dick Schoof|former head of|AIVD"), keys.toString());
        assertTrue(keys.contains("Dick Schoof|prime minister of|Netherlands"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Bart De Wever|former head")), keys.toString());
    }

    @Test
    void aNameRightAfterATitlesCommaIsTheTitlesNotTheWordBeforeIt() {
        List<String> keys = triples("Sonatrach will resume exploration in western Libya under an agreement with the National Oil "
                + "Corporation, Sonatrach's chief executive, Rachid Hachichi, told reporters.");
        assertTrue(keys.contains("Rachid Hachichi|chief executive of|Sonatrach"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Rachid Hachichi|") && k.endsWith("|National Oil Corporation")), keys.toString());
    }

    @Test
    void aListOfTitledPeopleKeepsEachTitleWithItsName() {
        // the first person titled before the name: the title after the comma is the next name's
        List<String> listed = triples("The accord was signed by Indonesian Foreign Minister Sugiono, Malaysia's foreign minister, "
                + "Mohamad Hasan, and Vivian Balakrishnan.");
        assertTrue(listed.contains("Mohamad Hasan|foreign minister of|Malaysia"), listed.toString());
        // each name with a title of its own after it: a title is not the next name's
        List<String> guests = triples("Guests at the dinner included Lisa Su, AMD's chief executive, Jensen Huang, Nvidia's chief "
                + "executive, and Pat Gelsinger.");
        assertTrue(guests.contains("Lisa Su|chief executive of|AMD"), guests.toString());
        assertFalse(guests.stream().anyMatch(k -> k.startsWith("Jensen Huang|") && k.endsWith("|AMD")), guests.toString());
    }
}
