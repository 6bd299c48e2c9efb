package dev.newsie.graph;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

import java.util.Locale;

/** newsie's RDF terms: classes and qualifier properties ({@code newsie:}) and relation predicates ({@code newsie-rel:}). */
public final class RdfVocabulary {
    public static final String NS = "https://newsie.dev/ns#";
    public static final String REL = "https://newsie.dev/rel/";
    public static final String STATEMENT = "https://newsie.dev/statement/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final IRI STATEMENT_CLASS = term("Statement");
    public static final IRI SOURCE_CLASS = term("Source");
    public static final IRI NEGATED = term("negated");
    public static final IRI MODALITY = term("modality");
    public static final IRI SYMMETRIC = term("symmetric");
    public static final IRI CONFIDENCE = term("confidence");
    public static final IRI DOCUMENTS = term("documents");
    public static final IRI SENTENCES = term("sentences");
    public static final IRI MENTIONS = term("mentions");
    public static final IRI FIRST_DATE = term("firstDate");
    public static final IRI LAST_DATE = term("lastDate");
    public static final IRI SOURCE = term("source");
    public static final IRI DOCUMENT = term("document");
    public static final IRI DOC_DATE = term("docDate");
    public static final IRI SENTENCE = term("sentence");
    public static final IRI START = term("start");
    public static final IRI END = term("end");
    public static final IRI TEXT = term("text");
    public static final IRI DATE = term("date");
    public static final IRI RULE = term("rule");
    public static final IRI ISO3 = term("iso3");

    private RdfVocabulary() {
    }

    static IRI term(String local) {
        return VF.createIRI(NS, local);
    }

    /** The class of a node type: PERSON -> newsie:Person, ORGANIZATION -> newsie:Organization. */
    public static IRI typeClass(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return term(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    /**
     * The direct edge of a relation: the plain predicate for an asserted fact, else one that says how the
     * text put it: "planned" visit -> newsie-rel:planned-visit, negated -> newsie-rel:not-visit.
     */
    public static IRI directRelation(String predicate, boolean negated, String modality) {
        String qualifier = (negated ? "not " : "") + ("asserted".equals(modality) ? "" : modality + " ");
        return relation(qualifier + predicate);
    }

    /** The relation's predicate: "hold talks with" -> newsie-rel:hold-talks-with. */
    public static IRI relation(String predicate) {
        return VF.createIRI(REL, NodeIds.slug(predicate));
    }
}
