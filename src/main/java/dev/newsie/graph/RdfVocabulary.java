package dev.newsie.graph;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

import java.util.Locale;

/**
 * newsie's RDF terms: classes and qualifier properties ({@code newsie:}), relation predicates
 * ({@code newsie-rel:}), and the standard ones used where their meaning matches (Wikidata's direct
 * properties {@code wdt:}, schema.org's {@code schema:mentions} and {@code schema:url}).
 */
public final class RdfVocabulary {
    public static final String NS = "https://newsie.dev/ns#";
    public static final String REL = "https://newsie.dev/rel/";
    public static final String STATEMENT = "https://newsie.dev/statement/";
    public static final String SOURCE_NS = "https://newsie.dev/source/";
    public static final String PLOVER_NS = "https://newsie.dev/plover/";
    public static final String WIKIDATA_PROPERTY = "http://www.wikidata.org/prop/direct/";
    public static final String SCHEMA = "https://schema.org/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final IRI DOCUMENT_CLASS = term("Document");
    public static final IRI SOURCE_CLASS = term("Source");
    public static final IRI POSITION_CLASS = term("Position");
    public static final IRI ID = term("id");
    public static final IRI DOC_DATE = term("docDate");
    public static final IRI RELATION = term("relation");
    public static final IRI KIND = term("kind");
    public static final IRI ROLE = term("role");
    public static final IRI TITLE = term("title");
    public static final IRI OF = term("of");
    public static final IRI NEGATED = term("negated");
    public static final IRI MODALITY = term("modality");
    public static final IRI SYMMETRIC = term("symmetric");
    public static final IRI EVENT_TYPE = term("eventType");
    public static final IRI CAMEO = term("cameo");
    public static final IRI MODE = term("mode");
    public static final IRI CONFIDENCE = term("confidence");
    public static final IRI SOURCE = term("source");
    public static final IRI DOCUMENT = term("document");
    public static final IRI SENTENCE = term("sentence");
    public static final IRI START = term("start");
    public static final IRI END = term("end");
    public static final IRI TEXT = term("text");
    public static final IRI PREDICATE = term("predicate");
    public static final IRI DATE = term("date");
    public static final IRI RULE = term("rule");
    public static final IRI ISO3 = term("iso3");
    public static final IRI MENTIONS = VF.createIRI(SCHEMA, "mentions");
    public static final IRI URL = VF.createIRI(SCHEMA, "url");

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

    /** newsie's predicate for a relation type: "meet" -> newsie-rel:meet; "receive letter from" -> newsie-rel:receive-letter-from. */
    public static IRI relation(String relation) {
        return VF.createIRI(REL, NodeIds.slug(relation));
    }

    /**
     * The direct edge of a relation that is not an asserted fact says how the text put it: planned ->
     * newsie-rel:planned-visit, negated -> newsie-rel:not-visit, so a query over plain edges finds only facts.
     */
    public static IRI qualifiedRelation(String relation, boolean negated, String modality) {
        String qualifier = (negated ? "not " : "") + ("asserted".equals(modality) ? "" : modality + " ");
        return relation(qualifier + relation);
    }

    public static IRI wikidataProperty(String property) {
        return VF.createIRI(WIKIDATA_PROPERTY, property);
    }

    public static IRI ploverType(String plover) {
        return VF.createIRI(PLOVER_NS, plover);
    }
}
