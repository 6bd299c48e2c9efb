package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair for an object moved behind a short "as" phrase, through the real pipeline. */
class ShiftedObjectRepairTest {
    @Test
    void theObjectBehindAnAsPhraseIsTheVerbs() {
        List<String> shifted = RuleFileCases.keys(TestPipeline.extract("Albania on Friday denounced as an ugly crime Serbia's suppression of the protests."));
        assertTrue(shifted.contains("Albania|denounce suppression of|Serbia"), shifted.toString());
    }

    @Test
    void aVerbWithItsObjectKeepsIt() {
        // the "as" phrase after the object is a role of the object, not a shifted object
        List<String> named = RuleFileCases.keys(TestPipeline.extract("France named Emmanuel Macron as its candidate for the post in Brussels."));
        assertTrue(named.contains("France|name|Emmanuel Macron"), named.toString());
        assertTrue(named.stream().noneMatch(k -> k.contains("candidate")), named.toString());
    }

    @Test
    void aLoneIndirectObjectIsTheObject() {
        // a possessive inside the name made the parser read it as an indirect object; one with a clause after keeps its
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Dilan Yeşilgöz-Zegerius, who leads the People's Party for "
                + "Freedom and Democracy (VVD), presented the coalition agreement. Vladimir Putin told Joe Biden that Russia would respond."));
        assertTrue(keys.contains("Dilan Yeşilgöz-Zegerius|lead|People's Party for Freedom and Democracy"), keys.toString());
        assertTrue(keys.contains("Vladimir Putin|tell|Joe Biden"), keys.toString());
    }
}
