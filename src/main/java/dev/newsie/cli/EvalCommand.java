package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.eval.NewsTripleScorer;
import dev.newsie.eval.NewsTripleScorer.Counts;
import dev.newsie.eval.NewsTripleScorer.DocumentScore;
import dev.newsie.eval.NewsTripleScorer.Score;
import dev.newsie.input.UsageException;
import dev.newsie.output.OutputFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newsie eval}: scores newsie/1 output against gold in the news-triples format. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score newsie extract output against gold (the news-triples format: README \"Scoring newsie on your own articles\"): "
                + "precision, recall and F1 of PERSON, COUNTRY and ORGANIZATION and of triples, and how many matched triples carry the "
                + "gold date and modality."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error (missing file, a line that is not JSON)", "3:fatal error (output not writable)"})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", required = true, description = "Gold records, one document a line.")
    Path gold;

    @Parameters(paramLabel = "PRED.jsonl", arity = "0..1", defaultValue = "-", description = "newsie extract output, or - (stdin, the default).")
    String predictions;

    @Option(names = {"-v", "--verbose"}, description = "Also list, per document, the missed and the wrong triples and entities.")
    boolean verbose;

    @Option(names = "--json", description = "One JSON object: p, r, f1 and counts for triples and each entity type.")
    boolean json;

    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new UsageException("gold file not found: " + gold);
        }
        if (!"-".equals(predictions) && !Files.isRegularFile(Path.of(predictions))) {
            throw new UsageException("input not found: " + predictions);
        }
        List<JsonNode> golds = read(Files.newInputStream(gold), gold.toString());
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        try (InputStream in = "-".equals(predictions) ? System.in : Files.newInputStream(Path.of(predictions))) {
            for (JsonNode doc : read(in, predictions)) {
                predicted.putIfAbsent(doc.path("id").asText(), doc);
            }
        }
        Score score = new NewsTripleScorer(models.models().lines("eval/lemmas.tsv")).score(golds, predicted);
        PrintStream out = new PrintStream(main.stdout(), false, StandardCharsets.UTF_8);
        if (json) {
            out.println(JSON.writeValueAsString(toJson(score)));
        } else {
            print(score, out);
        }
        out.flush();
        if (out.checkError()) {
            throw new OutputFailedException("cannot write standard output", null);
        }
        return ExitCodes.OK;
    }

    /** JSON Lines, one object a line; a line that is not JSON is a usage error naming the file and line. */
    private static List<JsonNode> read(InputStream stream, String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (!node.isObject()) {
                        throw new IOException("not a JSON object");
                    }
                    out.add(node);
                } catch (IOException e) {
                    throw new UsageException(name + " line " + number + ": not a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")");
                }
            }
        }
        return out;
    }

    static ObjectNode toJson(Score score) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode triples = counts(out.putObject("triples"), score.triples());
        triples.put("dateRight", score.dateRight());
        triples.put("dated", score.dated());
        triples.put("modalityRight", score.modalityRight());
        triples.put("matched", score.matched());
        score.entities().forEach((type, c) -> counts(out.putObject(type), c));
        out.put("docs", score.documents().size());
        out.put("missingDocs", score.missingDocuments());
        return out;
    }

    private static ObjectNode counts(ObjectNode node, Counts c) {
        node.put("p", round(c.precision()));
        node.put("r", round(c.recall()));
        node.put("f1", round(c.f1()));
        node.put("right", c.right());
        node.put("predicted", c.predicted());
        node.put("found", c.found());
        node.put("gold", c.gold());
        return node;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private void print(Score score, PrintStream out) {
        if (verbose) {
            for (DocumentScore d : score.documents()) {
                Counts t = d.triples();
                out.printf(Locale.ROOT, "== %s: triples P %.2f R %.2f F1 %.2f (%d/%d found, %d/%d right)%n", d.id(), t.precision(), t.recall(),
                        t.f1(), t.found(), t.gold(), t.right(), t.predicted());
                d.missedTriples().forEach(m -> out.println("   missed " + m));
                d.wrongTriples().forEach(m -> out.println("   wrong  " + m));
                for (String type : NewsTripleScorer.TYPES) {
                    if (!d.missingEntities().get(type).isEmpty() || !d.wrongEntities().get(type).isEmpty()) {
                        out.println("   " + type + ": missing " + d.missingEntities().get(type) + " wrong " + d.wrongEntities().get(type));
                    }
                }
            }
        }
        for (String type : NewsTripleScorer.TYPES) {
            row(out, type, score.entities().get(type));
        }
        row(out, "triples", score.triples());
        out.printf(Locale.ROOT, "of matched triples: date right %d/%d, modality right %d/%d; docs %d, missing %d%n", score.dateRight(), score.dated(),
                score.modalityRight(), score.matched(), score.documents().size(), score.missingDocuments());
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-13s P %.3f R %.3f F1 %.3f   (right %d/%d predicted, found %d/%d gold)%n", name, c.precision(), c.recall(), c.f1(),
                c.right(), c.predicted(), c.found(), c.gold());
    }
}
