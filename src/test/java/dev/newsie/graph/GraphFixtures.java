package dev.newsie.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real extraction outputs the graph tests merge: the five samples plus a second Putin article. */
final class GraphFixtures {
    static final Path SECOND_ARTICLE = Path.of("src/test/resources/graph/putin-in-pyongyang.json");

    private GraphFixtures() {
    }

    static List<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples/expected"))) {
            samples.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        files.add(SECOND_ARTICLE);
        return files;
    }

    static final dev.newsie.relations.RelationTypes TYPES =
            dev.newsie.relations.RelationTypes.load(dev.newsie.pipeline.Models.fromDirectory(Path.of("models"))::lines);

    static Graph mergedGraph() throws IOException {
        return mergedGraph(inputs());
    }

    static Graph mergedGraph(List<Path> files) throws IOException {
        GraphBuilder builder = new GraphBuilder(TYPES);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ExtractionReader.read(in, file.toString(), builder::add);
            }
        }
        return builder.graph();
    }

    static GraphEdge edge(Graph graph, String subject, String relation, String object, boolean negated, String modality) {
        return edge(graph, subject, relation, null, object, negated, modality);
    }

    static GraphEdge edge(Graph graph, String subject, String relation, String role, String object, boolean negated, String modality) {
        RelationKey key = new RelationKey(subject, relation, role, object, negated, modality);
        return graph.edges().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no relation " + key));
    }
}
