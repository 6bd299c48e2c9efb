package dev.newsie.relations;

import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.ModelTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives each extracted triple its canonical relation type (models/relation-types.tsv) from its predicate
 * (models/relation-predicates.tsv): "meet", "meet with", "hold talks with" are all {@code meet}, symmetric;
 * "president of", "vice foreign minister of" are {@code position-held} with the title as the role. Runs
 * after the relation patterns, so the patterns can change without touching the types. A predicate the
 * table does not list keeps its own type (the predicate itself, kind "other").
 */
public final class RelationTypes {
    public static final String TYPES_FILE = "relation-types.tsv";
    public static final String PREDICATES_FILE = "relation-predicates.tsv";
    public static final String TITLES_FILE = "lexicon/titles.txt";
    public static final String ROLE_MODIFIERS_FILE = "lexicon/role-modifiers.txt";
    private static final String ROLE = "{role}";
    /** "welcome @person": a row for objects of one type only. */
    private static final String OBJECT_TYPE = " @";
    private static final java.util.Set<String> OBJECT_TYPES = java.util.Set.of("person", "country", "organization");
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA = Pattern.compile("\\^?P[1-9][0-9]*");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{3,4}");
    /** The kind of family ties ("father of", "partner of"), which hold between people only. */
    private static final String FAMILY = "family";
    /** Wikidata's owned-by and parent-organization: what is owned is an organization, never a country. */
    private static final Set<String> OWNERSHIP_PROPERTIES = Set.of("P127", "P749");
    /** The event types of PLOVER 2021. */
    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
            "ASSAULT", "FIGHT", "INVESTIGATE");

    private final Map<String, RelationType> types;
    private final Map<String, Mapping> exact;
    private final List<RolePattern> rolePatterns;
    private final EventCodes events;

    private record Mapping(RelationType type, boolean inverse, String role) {
    }

    private record RolePattern(Pattern pattern, RelationType type, boolean inverse, String roleTemplate) {
    }

    private RelationTypes(Map<String, RelationType> types, Map<String, Mapping> exact, List<RolePattern> rolePatterns, EventCodes events) {
        this.types = types;
        this.exact = exact;
        this.rolePatterns = rolePatterns;
        this.events = events;
    }

    /**
     * Reads the two hand-made tables, the role word lists and the typed-event mapping generated from the CAMEO
     * dictionary ({@link EventCodes}) through {@code files} (a models/ file name to its lines).
     */
    public static RelationTypes load(Function<String, List<String>> files) {
        RelationTypes hand = parse(files.apply(TYPES_FILE), files.apply(PREDICATES_FILE),
                ModelFiles.lowercaseLines(files.apply(TITLES_FILE)), ModelFiles.lowercaseLines(files.apply(ROLE_MODIFIERS_FILE)));
        Map<String, RelationType> types = new LinkedHashMap<>(hand.types);
        EventCodes events = EventCodes.parse(files.apply(EventCodes.CODES_FILE), files.apply(EventCodes.PREDICATES_FILE),
                ModelFiles.lowercaseLines(files.apply(EventCodes.LIGHT_VERBS_FILE)), types);
        Map<String, Mapping> exact = new HashMap<>();
        hand.exact.forEach((predicate, m) -> exact.put(predicate, new Mapping(types.get(m.type().name()), m.inverse(), m.role())));
        List<RolePattern> roles = hand.rolePatterns.stream()
                .map(p -> new RolePattern(p.pattern(), types.get(p.type().name()), p.inverse(), p.roleTemplate())).toList();
        return new RelationTypes(types, exact, roles, events);
    }

    /** The hand-made tables alone, without the CAMEO mapping. */
    public static RelationTypes parse(List<String> typeLines, List<String> predicateLines, Set<String> titles, Set<String> modifiers) {
        Map<String, RelationType> types = new LinkedHashMap<>();
        for (ModelTable.Row row : ModelTable.rows(typeLines, TYPES_FILE, 8)) {
            RelationType type = type(row);
            if (types.put(type.name(), type) != null) {
                throw row.error("type '" + type.name() + "' listed twice");
            }
        }
        Map<String, Mapping> exact = new HashMap<>();
        List<RolePattern> patterns = new ArrayList<>();
        String roleRegex = roleRegex(titles, modifiers);
        for (ModelTable.Row row : ModelTable.rows(predicateLines, PREDICATES_FILE, 4)) {
            String predicate = row.cell(0);
            RelationType type = types.get(row.cell(1));
            if (type == null) {
                throw row.error("unknown type '" + row.cell(1) + "' (not in " + TYPES_FILE + ")");
            }
            boolean inverse = switch (row.cell(2)) {
                case "forward" -> false;
                case "inverse" -> true;
                default -> throw row.error("direction must be forward or inverse, not '" + row.cell(2) + "'");
            };
            String role = row.optional(3);
            if (role != null && !RelationType.ROLE_KIND.equals(type.kind())) {
                throw row.error("only a type of kind " + RelationType.ROLE_KIND + " takes a role");
            }
            int typed = predicate.indexOf(OBJECT_TYPE);
            if (typed >= 0 && (predicate.contains(ROLE) || !OBJECT_TYPES.contains(predicate.substring(typed + OBJECT_TYPE.length())))) {
                throw row.error("'" + predicate + "': an object type is one of " + OBJECT_TYPES.stream().map(t -> "@" + t).toList()
                        + ", after a predicate without {role}");
            }
            if (predicate.contains(ROLE)) {
                if (role == null) {
                    throw row.error("a {role} predicate needs a role column ({role})");
                }
                String regex = Pattern.quote(predicate).replace(ROLE, "\\E(?<role>" + roleRegex + ")\\Q");
                patterns.add(new RolePattern(Pattern.compile(regex), type, inverse, role));
            } else if (exact.put(predicate, new Mapping(type, inverse, role)) != null) {
                throw row.error("predicate '" + predicate + "' listed twice");
            }
        }
        return new RelationTypes(types, exact, patterns, EventCodes.none());
    }

    /** One or more role words, the last a title: "vice foreign minister", "senior research fellow". */
    private static String roleRegex(Set<String> titles, Set<String> modifiers) {
        String title = alternation(titles);
        String any = alternation(Set.copyOf(concat(titles, modifiers)));
        return "(?:(?:" + any + ") )*(?:" + title + ")";
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static RelationType type(ModelTable.Row row) {
        String name = row.cell(0);
        if (!TYPE_NAME.matcher(name).matches()) {
            throw row.error("type name '" + name + "' must be lower case words joined by '-'");
        }
        boolean symmetric = switch (row.cell(2)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error("symmetric must be yes or no, not '" + row.cell(2) + "'");
        };
        String wikidata = row.optional(3);
        if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
            throw row.error("wikidata must be a property id such as P108 or ^P22, not '" + wikidata + "'");
        }
        String plover = row.optional(4);
        String cameo = row.optional(5);
        String mode = row.optional(6);
        if (plover != null && !PLOVER.contains(plover)) {
            throw row.error("'" + plover + "' is not a PLOVER 2021 event type");
        }
        if (plover == null && (cameo != null || mode != null)) {
            throw row.error("cameo and mode are for event types, which need a plover type");
        }
        if (cameo != null && !CAMEO.matcher(cameo).matches()) {
            throw row.error("cameo must be a CAMEO code such as 042, not '" + cameo + "'");
        }
        if (plover != null && !"event".equals(row.cell(1))) {
            throw row.error("only kind 'event' takes a PLOVER type");
        }
        return new RelationType(name, row.cell(1), symmetric, wikidata, plover, cameo, mode, null, true);
    }

    /**
     * The canonical reading of a predicate: the hand-made tables first, then the CAMEO dictionary; {@code symmetric}
     * (the construction's) counts only for a predicate neither lists.
     */
    public Relation classify(String predicate, boolean symmetric) {
        String key = key(predicate);
        Mapping m = exact.get(key);
        if (m != null) {
            return new Relation(m.type(), m.role(), m.inverse());
        }
        for (RolePattern p : rolePatterns) {
            Matcher matcher = p.pattern().matcher(key);
            if (matcher.matches()) {
                return new Relation(p.type(), p.roleTemplate().replace(ROLE, matcher.group("role")), p.inverse());
            }
        }
        RelationType coded = events.classify(key);
        if (coded != null) {
            return new Relation(coded, null, false);
        }
        return new Relation(RelationType.fallback(key, symmetric), null, false);
    }

    /**
     * The type of a predicate whose object is of the given type: a "{predicate} @{type}" row first ("welcome @person":
     * "Xi welcomed Putin" is Putin's visit, "welcomed the deal" praise), else {@link #classify(String, boolean)}.
     */
    public Relation classify(String predicate, boolean symmetric, EntityType objectType) {
        if (objectType == null) {
            return classify(predicate, symmetric);
        }
        String key = key(predicate);
        Mapping m = exact.get(key + OBJECT_TYPE + objectType.name().toLowerCase(Locale.ROOT));
        return m != null ? new Relation(m.type(), m.role(), m.inverse()) : classify(predicate, symmetric);
    }

    /** A predicate as the tables list it: stripped, lower case. */
    private static String key(String predicate) {
        return predicate == null ? "" : predicate.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the hand-made tables list a predicate (exactly or as a role): they win over the CAMEO dictionary. */
    public boolean listsByHand(String predicate) {
        String key = key(predicate);
        return exact.containsKey(key) || rolePatterns.stream().anyMatch(p -> p.pattern().matcher(key).matches());
    }

    /** The typed-event mapping built from the CAMEO dictionary. */
    public EventCodes events() {
        return events;
    }

    /** The triples with the found ones, typed, after them (the same list when nothing was found). */
    public List<Triple> appendTyped(List<Triple> triples, List<Triple> found) {
        if (found.isEmpty()) {
            return triples;
        }
        List<Triple> out = new ArrayList<>(triples);
        out.addAll(apply(found));
        return out;
    }

    /**
     * The triples with their canonical relation, symmetric as the type says. A family tie holds between people only:
     * "Vietnam became Russia's partner" is no unmarried partnership, so between a country or organization the
     * predicate keeps its own type. Likewise a share or a parent company is held in an organization only: "Saudi Arabia
     * will invest $10 billion in Pakistan" is no shareholding in Pakistan. And a position is a person's: a country or
     * an organization that founds or leads another keeps the predicate's own (or its CAMEO) type.
     */
    public List<Triple> apply(List<Triple> triples) {
        return triples.stream().map(t -> {
            Relation relation = classify(t.predicate(), t.symmetric(), t.object().type());
            boolean people = t.subject().type() == EntityType.PERSON && t.object().type() == EntityType.PERSON;
            // the owned side: the object ("GM is a shareholder of Opel"), the subject of a reversed row ("Opel, a unit of GM")
            Entity owned = relation.inverse() ? t.subject() : t.object();
            boolean ownedIsCountry = relation.type().wikidataProperty() != null && OWNERSHIP_PROPERTIES.contains(relation.type().wikidataProperty())
                    && owned.type() != EntityType.ORGANIZATION;
            if (FAMILY.equals(relation.type().kind()) && !people || ownedIsCountry) {
                relation = new Relation(RelationType.fallback(t.predicate().strip().toLowerCase(Locale.ROOT), t.symmetric()), null, false);
            } else if (RelationType.POSITION_HELD.equals(relation.type().name())
                    && (relation.inverse() ? t.object() : t.subject()).type() != EntityType.PERSON) {
                // a position is a person's: "The United States co-founded NATO", "France leads the coalition" hold none
                RelationType coded = events.classify(key(t.predicate()));
                relation = new Relation(coded != null ? coded : RelationType.fallback(key(t.predicate()), t.symmetric()), null, false);
            }
            return t.withRelation(relation);
        }).toList();
    }

    /** A type by name; an unknown name is a predicate the table does not list, its own type. */
    public RelationType type(String name, boolean symmetric) {
        RelationType type = types.get(name);
        return type != null ? type : RelationType.fallback(name, symmetric);
    }

    public java.util.Collection<RelationType> types() {
        return types.values();
    }
}
