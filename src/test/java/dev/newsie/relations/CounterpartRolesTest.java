package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "his Chinese counterpart Wang Yi": the possessor's office in the demonym's country, through the real pipeline. */
class CounterpartRolesTest {
    private static List<String> keys(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void aCounterpartHoldsThePossessorsOfficeInItsCountry() {
        List<String> keys = keys("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing.");
        assertTrue(keys.contains("Wang Yi|foreign minister of|China"), keys.toString());
        keys = keys("Ukraine's human rights commissioner, Dmytro Lubinets, said he had raised the issue with his Russian "
                + "counterpart, Tatyana Moskalkova.");
        assertTrue(keys.contains("Tatyana Moskalkova|human rights commissioner of|Russia"), keys.toString());
    }

    @Test
    void inAListOfOfficialsEachTitleIsItsOwnNamesAndADemonymCompoundNamesTheCounterpartsCountry() {
        List<String> keys = keys("The agreement was signed by Kazakhstan's energy minister, Almasadam Satkaliyev, his Uzbek "
                + "counterpart Jurabek Mirzamakhmudov and Taalaibek Ibraev, the Kyrgyz energy minister.");
        assertTrue(keys.containsAll(List.of("Almasadam Satkaliyev|energy minister of|Kazakhstan",
                "Jurabek Mirzamakhmudov|energy minister of|Uzbekistan", "Taalaibek Ibraev|energy minister of|Kyrgyzstan")), keys.toString());
        // the parser hangs the list on the first title: its holder is the first name only
        assertFalse(keys.contains("Jurabek Mirzamakhmudov|energy minister of|Kazakhstan"), keys.toString());
        assertFalse(keys.contains("Taalaibek Ibraev|energy minister of|Kazakhstan"), keys.toString());
        // a plural title's names in order are its holders, one each
        keys = keys("The presidents of Kazakhstan, Uzbekistan and Kyrgyzstan, Kassym-Jomart Tokayev, Shavkat Mirziyoyev and "
                + "Sadyr Japarov, signed a treaty on Thursday.");
        assertTrue(keys.containsAll(List.of("Kassym-Jomart Tokayev|president of|Kazakhstan", "Shavkat Mirziyoyev|president of|Uzbekistan",
                "Sadyr Japarov|president of|Kyrgyzstan")), keys.toString());
    }

    @Test
    void aCountrysNameBeforeCounterpartNamesItsCountryAsADemonymDoes() {
        List<String> keys = keys("Fijian Prime Minister Sitiveni Rabuka and his New Zealand counterpart, Christopher Luxon, signed an "
                + "agreement in Wellington on Monday.");
        assertTrue(keys.contains("Christopher Luxon|leader of|New Zealand"), keys.toString());
        // the possessor keeps his own office
        assertTrue(keys.contains("Sitiveni Rabuka|prime minister of|Fiji"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Christopher Luxon|") && k.endsWith("|Fiji")), keys.toString());
    }

    @Test
    void aCounterpartInAppositionIsTheClauseSubjectsCounterpart() {
        // "his" is unresolved there: the one whose counterpart it is, is the one who met or called the name
        List<String> keys = keys("Russian Foreign Minister Sergei Lavrov met Hakan Fidan, his Turkish counterpart, in Ankara. "
                + "Sergei Lavrov later called Antonio Tajani, his Italian counterpart.");
        assertTrue(keys.containsAll(List.of("Hakan Fidan|foreign minister of|Turkey", "Antonio Tajani|foreign minister of|Italy")),
                keys.toString());
        // the clause subject holds no stated office: nothing to copy, whatever the object holds
        keys = keys("Russian Foreign Minister Sergei Lavrov spoke. Tass reporter Ivan Petrov met Hakan Fidan, his Turkish counterpart.");
        assertTrue(keys.contains("Sergei Lavrov|foreign minister of|Russia"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Hakan Fidan|")), keys.toString());
    }

    @Test
    void aLeadersCounterpartHoldsTheOfficeTheLeadersTitleStandsFor() {
        // a leader's title differs from country to country: Lula is no prime minister, but Brazil's leader
        List<String> keys = keys("Indian Prime Minister Narendra Modi spoke with his Brazilian counterpart Luiz Inacio Lula da Silva.");
        assertTrue(keys.contains("Narendra Modi|prime minister of|India"), keys.toString());
        assertTrue(keys.contains("Luiz Inacio Lula da Silva|leader of|Brazil"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Luiz Inacio Lula da Silva|prime minister")), keys.toString());
        // coordinated with the possessor
        keys = keys("Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni, agreed on Tuesday to finance a pipeline.");
        assertTrue(keys.contains("Yoweri Museveni|leader of|Uganda"), keys.toString());
        // a vice president's counterpart holds no office every state names alike
        keys = keys("US Vice President Kamala Harris met her Chinese counterpart Han Zheng in Beijing.");
        assertTrue(keys.contains("Kamala Harris|meet|Han Zheng"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Han Zheng|")), keys.toString());
    }

    @Test
    void anUnstatedOfficeGivesNone() {
        List<String> keys;
        // a secretary is no office every state names alike; a former counterpart holds no present office; two
        // counterparts with two demonyms do not say which is whose; a denied office is none to copy
        for (String text : List.of("U.S. Secretary of State Antony Blinken met his Chinese counterpart Wang Yi.",
                "Russian Foreign Minister Sergei Lavrov met his former Chinese counterpart Qin Gang.",
                "Russian Foreign Minister Sergei Lavrov met his German and French counterparts Annalena Baerbock and Jean-Noel Barrot.",
                "Sergei Lavrov is not Russia's foreign minister. He met his Chinese counterpart Wang Yi.")) {
            List<String> none = keys(text);
            assertTrue(none.stream().noneMatch(k -> k.contains("|foreign minister of|China") || k.contains("|secretary of|China")
                    || k.contains("|foreign minister of|France") || k.contains("|foreign minister of|Germany")), text + " " + none);
        }
        // no office of the possessor stated: nothing to copy
        keys = keys("Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing.");
        assertTrue(keys.contains("Sergei Lavrov|meet|Wang Yi"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Wang Yi|")), keys.toString());
    }

    @Test
    void aBareTitleStatesThePossessorsOfficeWhateverItsCountry() {
        // the holder's country is not said, the office is: the counterpart holds it in the demonym's country
        List<String> keys = keys("Foreign Minister Alberto van Klaveren, who accompanied the president, met his Japanese counterpart, "
                + "Takeshi Iwaya.");
        assertTrue(keys.contains("Takeshi Iwaya|foreign minister of|Japan"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Alberto van Klaveren|foreign minister of|Japan")), keys.toString());
        // a former office gives none
        List<String> former = keys("Former Foreign Minister Ana Brnabic met her Serbian counterpart Marko Djuric.");
        assertTrue(former.stream().anyMatch(k -> k.contains("|meet|")), former.toString());
        assertTrue(former.stream().noneMatch(k -> k.contains(" of|Serbia")), former.toString());
    }

    @Test
    void aLateHoldersCounterpartHoldsNoOfficeFromIt() {
        List<String> keys = keys("The late Iranian Foreign Minister Hossein Amir-Abdollahian once met his Omani counterpart Badr Albusaidi.");
        assertTrue(keys.contains("Hossein Amir-Abdollahian|late foreign minister of|Iran"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Badr Albusaidi|")), keys.toString());
    }

    @Test
    void aPostInABodyLeavesTheCounterpartsStateOffice() {
        List<String> keys = keys("South African President Cyril Ramaphosa met his Zimbabwean counterpart Emmerson Mnangagwa in Pretoria. "
                + "The Southern African Development Community (SADC), which Mnangagwa chairs until August, welcomed the deal.");
        assertTrue(keys.contains("Emmerson Mnangagwa|chair|Southern African Development Community"), keys.toString());
        assertTrue(keys.contains("Emmerson Mnangagwa|leader of|Zimbabwe"), keys.toString());
    }
}
