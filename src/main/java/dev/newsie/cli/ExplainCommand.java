package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.output.ExtractionResult;
import dev.newsie.output.OutputFailedException;
import dev.newsie.pipeline.Extractor;
import dev.newsie.relations.Triple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsie explain}: shows tags, dependencies and the rule behind each triple, for writing patterns. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how newsie reads a text: each parsed sentence's tokens (with entity tags) and enhanced++ "
                + "dependencies, then the triples with the rule that produced them. For writing relation patterns."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text to explain (words are joined with spaces).")
    List<String> words;

    @Mixin
    ModelOptions model;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws OutputFailedException {
        Extractor.DateOptions dateOptions = model.dateOptions();
        RedwoodConfiguration.current().clear().apply();
        Extractor extractor = new Extractor(model.models(), EntityType.ALL, dateOptions);
        ExtractionResult[] result = new ExtractionResult[1];
        Annotation annotation = extractor.explain(Document.ok("explain", String.join(" ", words), null), r -> result[0] = r);
        PrintStream out = new PrintStream(main.stdout(), false, StandardCharsets.UTF_8);
        out.println("document date: " + (result[0].docDate() == null ? "none" : result[0].docDate() + " (" + result[0].docDateSource() + ")"));
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            out.println("sentence " + s + ": " + sentence.get(CoreAnnotations.TextAnnotation.class).strip());
            StringBuilder tags = new StringBuilder("  tokens:");
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tags.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.tag())
                        .append(t.ner() == null || t.ner().equals("O") ? "" : "/" + t.ner());
            }
            out.println(tags);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                out.println("  (not parsed: fewer than two entities)");
                continue;
            }
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                out.println("  " + e.getRelation() + "(" + e.getGovernor().word() + "-" + e.getGovernor().index() + ", "
                        + e.getDependent().word() + "-" + e.getDependent().index() + ")");
            }
        }
        out.println("triples:");
        for (Triple t : result[0].triples()) {
            out.println("  [" + t.rule() + "] (" + t.subject().name() + ", " + t.predicate() + ", " + t.object().name() + ")"
                    + " text=\"" + t.text() + "\" " + t.modality().json() + (t.negated() ? " negated" : "")
                    + (t.date() == null ? "" : " date=" + t.date().value()) + " confidence=" + t.confidence()
                    + (t.relation() == null ? "" : " relation=" + t.relation().name()
                    + (t.relation().role() == null ? "" : " role=\"" + t.relation().role() + "\"")
                    + (t.relation().inverse() ? " inverse" : "") + (t.symmetric() ? " symmetric" : ""))
                    + (t.eventType() == null ? "" : " event=" + t.eventType().plover() + "/" + t.eventType().cameo())
                    + actor(" subject", t.subjectActor()) + actor(" object", t.objectActor()));
        }
        for (dev.newsie.entities.Entity e : result[0].entities()) {
            if (e.actor() != null) {
                out.println("  actor " + e.name() + ": " + (e.actor().country() == null ? "-" : e.actor().country().iso3())
                        + "/" + (e.actor().sector() == null ? "-" : e.actor().sector()) + " (" + e.actor().source() + ")");
            }
        }
        if (out.checkError()) { // a PrintStream keeps write errors to itself
            throw new OutputFailedException("cannot write standard output", null);
        }
        return ExitCodes.OK;
    }

    private static String actor(String end, dev.newsie.entities.Actor a) {
        return a == null ? "" : end + "=" + (a.country() == null ? "" : a.country().iso3() + "/") + (a.sector() == null ? "-" : a.sector());
    }
}
