package dev.newsie.relations;

import dev.newsie.TestPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair for an object moved behind a short "as" phrase, through the real pipeline. */
class ShiftedObjectRepairTest {
    @Test
    void theObjectBehindAnAsPhraseIsTheVerbs() {
        List<String> shifted = RuleFileCases.keys(TestPipeline.extract("Albania on Friday denounced as an ugly crime Serbia's suppression of the protests."));
        assertTrue(shifted.contains("Albania|denounce suppression of|Serbia"), shifted.toString());
    }

    @Test
    void anActNounSetOffAfterAnIndirectObjectLeavesItTheObject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Orbis Bank agreed to buy the Czech taxi app Liftago, a move that "
                + "analysts said would sharpen competition."));
        assertTrue(keys.contains("Orbis Bank|buy|Liftago"), keys.toString());
    }

    @Test
    void aVerbWithItsObjectKeepsIt() {
        // the "as" phrase after the object is a role of the object, not a shifted object
        List<String> named = RuleFileCases.keys(TestPipeline.extract("France named Emmanuel Macron as its candidate for the post in Brussels."));
        assertTrue(named.contains("France|name|Emmanuel Macron"), named.toString());
        assertTrue(named.stream().noneMatch(k -> k.contains("candidate")), named.toString());
    }

    @Test
    void aNameAfterAnotherPhrasesNounIsThatNounsName() {
        // the parser hangs the name on the verb as a second object: it names the fund, which took the club over
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Football club Wexcombe Rovers on Friday appointed American financier "
                + "Michael Reyes as its chairman, a day after the completion of the club's takeover by the investment fund Beacon Ridge Capital."));
        assertTrue(keys.contains("Wexcombe Rovers|appoint|Michael Reyes"), keys.toString());
        assertTrue(keys.contains("Beacon Ridge Capital|takeover of|Wexcombe Rovers"), keys.toString());
        assertFalse(keys.contains("Wexcombe Rovers|appoint|Beacon Ridge Capital"), keys.toString());
        List<String> second = RuleFileCases.keys(TestPipeline.extract("Wexcombe Rovers appointed Michael Reyes a day after the completion "
                + "of the club's takeover by the investment fund Beacon Ridge Capital."));
        assertFalse(second.contains("Wexcombe Rovers|appoint|Beacon Ridge Capital"), second.toString());
        assertTrue(second.contains("Wexcombe Rovers|appoint|Michael Reyes"), second.toString());
        // a name hung loosely on the class noun right before it is that noun's in apposition
        List<String> loose = RuleFileCases.keys(TestPipeline.extract("Lumora Corp makes cameras. The company's largest shareholder, "
                + "the investment group Vesterholm Invest, declined to comment."));
        assertTrue(loose.contains("Vesterholm Invest|shareholder of|Lumora Corp"), loose.toString());
    }

    @Test
    void aLoneIndirectObjectIsTheObject() {
        // a possessive inside the name made the parser read it as an indirect object; one with a clause after keeps its
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Dilan Yeşilgöz-Zegerius, who leads the People's Party for "
                + "Freedom and Democracy (VVD), presented the coalition agreement. Vladimir Putin told Joe Biden that Russia would respond."));
        assertTrue(keys.contains("Dilan Yeşilgöz-Zegerius|lead|People's Party for Freedom and Democracy"), keys.toString());
    }

    @Test
    void anIndirectObjectWithAClauseAfterTheVerbStaysIndirect() {
        // "Putin told Biden that Russia would respond": the clause is what was told
        SemanticGraph told = TestGraphs.of("Putin/NNP/PERSON told/VBD Biden/NNP/PERSON that/IN Russia/NNP would/MD respond/VB",
                "nsubj 2 1", "iobj 2 3", "ccomp 2 7", "mark 7 4", "nsubj 7 5", "aux 7 6");
        assertFalse(ShiftedObjectRepair.repairLoneIndirectObject(told, Set.of("ask")));
        assertEquals("iobj", told.getEdge(told.getNodeByIndex(2), told.getNodeByIndex(3)).getRelation().toString());
        // alone, it is the object
        SemanticGraph leads = TestGraphs.of("Yeşilgöz/NNP/PERSON leads/VBZ People/NNPS/ORGANIZATION",
                "nsubj 2 1", "iobj 2 3");
        assertTrue(ShiftedObjectRepair.repairLoneIndirectObject(leads, Set.of("ask")));
        assertEquals("obj", leads.getEdge(leads.getNodeByIndex(2), leads.getNodeByIndex(3)).getRelation().toString());
    }

    @Test
    void anIndirectObjectBeforeAToInfinitiveIsTheObjectThatDoesIt() {
        // "asked the Federal Office (BVL) to examine the study": the bracketed acronym makes the office a first object
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Germany's agriculture minister, Alois Rainer, said he had asked "
                + "the Federal Office of Consumer Protection and Food Safety (BVL) to examine the study."));
        assertTrue(keys.contains("Alois Rainer|ask|Federal Office of Consumer Protection and Food Safety"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Alois Rainer|examine")), keys.toString());
        // after a verb of asking (control.object.verbs) the object does the infinitive
        SemanticGraph asked = loneObjectBeforeInfinitive("Rainer/NNP/PERSON asked/VBD Office/NNP/ORGANIZATION to/TO examine/VB study/NN", "ask");
        assertTrue(ShiftedObjectRepair.repairLoneIndirectObject(asked, Set.of("ask")));
        assertEquals("obj", asked.getEdge(asked.getNodeByIndex(2), asked.getNodeByIndex(3)).getRelation().toString());
        assertEquals("nsubj:xsubj", asked.getEdge(asked.getNodeByIndex(5), asked.getNodeByIndex(3)).getRelation().toString());
        assertNull(asked.getEdge(asked.getNodeByIndex(5), asked.getNodeByIndex(1)));
        // after any other verb the infinitive stays the subject's ("left the office to join a law firm")
        SemanticGraph left = loneObjectBeforeInfinitive("Müller/NNP/PERSON left/VBD Office/NNP/ORGANIZATION to/TO join/VB firm/NN", "leave");
        assertTrue(ShiftedObjectRepair.repairLoneIndirectObject(left, Set.of("ask")));
        assertEquals("obj", left.getEdge(left.getNodeByIndex(2), left.getNodeByIndex(3)).getRelation().toString());
        assertEquals("nsubj:xsubj", left.getEdge(left.getNodeByIndex(5), left.getNodeByIndex(1)).getRelation().toString());
        assertNull(left.getEdge(left.getNodeByIndex(5), left.getNodeByIndex(3)));
    }

    /** "SUBJECT VERB OBJECT to INFINITIVE THING", the object a lone first object, the infinitive controlled by the subject. */
    private static SemanticGraph loneObjectBeforeInfinitive(String words, String verbLemma) {
        SemanticGraph graph = TestGraphs.of(words, "nsubj 2 1", "iobj 2 3", "xcomp 2 5", "mark 5 4", "nsubj:xsubj 5 1", "obj 5 6");
        graph.getNodeByIndex(2).setLemma(verbLemma);
        return graph;
    }
}

