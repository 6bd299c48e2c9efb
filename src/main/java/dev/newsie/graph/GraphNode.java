package dev.newsie.graph;

/** One real-world thing across all documents: a person, organization or country. */
public final class GraphNode {
    private final String id;
    private final String type;
    private final String name;
    private final String iso3;
    private final String wikidata;
    private int documents;
    private int mentions;

    GraphNode(DocumentFacts.EntityRef first) {
        this.id = first.id();
        this.type = first.type();
        this.name = first.name();
        this.iso3 = first.iso3();
        this.wikidata = first.wikidata();
    }

    /** Called once per document that names it. */
    void seenIn(int mentionCount) {
        seenIn(1, mentionCount);
    }

    /** Called for documents counted elsewhere ({@link GraphAssembly}). */
    void seenIn(int documentCount, int mentionCount) {
        documents += documentCount;
        mentions += mentionCount;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    /** The canonical name of the first document that named it (same id means same normalized name). */
    public String name() {
        return name;
    }

    public String iso3() {
        return iso3;
    }

    public String wikidata() {
        return wikidata;
    }

    public String iri() {
        return NodeIds.iri(id);
    }

    public int documents() {
        return documents;
    }

    public int mentions() {
        return mentions;
    }
}
