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
    private long lastDocument = -1;

    GraphNode(String id, String type, String name, String iso3, String wikidata) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.iso3 = iso3;
        this.wikidata = wikidata;
    }

    /** Counts a document once however often it names the node; documents arrive one at a time, in order. */
    void seenIn(long documentOrdinal, int mentionCount) {
        if (documentOrdinal != lastDocument) {
            documents++;
            lastDocument = documentOrdinal;
        }
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
