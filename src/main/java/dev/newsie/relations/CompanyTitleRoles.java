package dev.newsie.relations;

import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.entities.LeadOrganization;
import dev.newsie.entities.Mention;
import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Roles from a company officer's title that names no company: "Airbus said that chief executive Louis Gallois would
 * go", "GM replaced Rick Wagoner with Fritz Henderson, the current chief operating officer". Only titles no state or
 * party gives (lexicon/company-titles.txt: "chief executive", "CFO"), right before the name or in apposition after it,
 * and only when the sentence names exactly one organization before the title, or names none and the sentence before
 * names exactly one: not where an outlet or authority is named ("told CNBC", "CUPERTINO (Reuters)", "questioned by
 * the FBI": company.title.outletWords), and no state body, IGO or media outlet by the actor dictionary
 * (company.title.otherSectors). Where neither holds, maybe the story's lead organization ({@link #leadCompany}).
 * A title with its holder ("Airbus chief executive X", "the chief executive of Fiat") is the patterns'; a person with
 * a stated office in an organization gets none here. Runs after the patterns.
 */
public final class CompanyTitleRoles {
    public static final String TITLES_FILE = "lexicon/company-titles.txt";
    static final String RULE = "company-title";
    private final Set<String> titles;
    /** The longest title, in words. */
    private final int maxWords;
    /** Sectors of organizations that have no company officers: "GOV", "IGO", "MED". */
    private final Set<String> otherSectors;
    /** Words right before a name that make it an outlet or an authority spoken to: "told", "to", "by". */
    private final Set<String> outletWords;
    /** Words that may stand before a title without changing whose it is ("the current", "its new", "interim"). */
    private final Set<String> modifiers;
    private final Set<String> pastMarkers;
    /** company.title.leadNotHeads: words of a lead's name that make it no company whose chief a bare title names. */
    private final Set<String> leadNotHeads;
    /** company.title.leadWindow: how many sentences before a bare title the lead must have been named or referred to. */
    private final int leadWindow;
    private final double confidence;
    /** relative.pronouns: the pronouns that open a relative clause on a possessed thing ("the port's management, which"). */
    private final Set<String> relativePronouns;

    public CompanyTitleRoles(List<String> titleLines, Set<String> modifiers, Set<String> pastMarkers, Set<String> otherSectors,
                             Set<String> outletWords, Set<String> leadNotHeads, int leadWindow, double confidence, Set<String> relativePronouns) {
        this.relativePronouns = relativePronouns;
        this.leadNotHeads = leadNotHeads;
        this.leadWindow = leadWindow;
        this.outletWords = outletWords;
        this.titles = ModelFiles.lowercaseLines(titleLines);
        this.maxWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        this.otherSectors = otherSectors;
        this.modifiers = modifiers;
        this.pastMarkers = pastMarkers;
        this.confidence = confidence;
    }

    /** Adds the roles to the triples. */
    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Set<Entity> withOrganizationRole = Triple.officeHolders(triples, EntityType.ORGANIZATION);
        LeadOrganization.Lead lead = LeadOrganization.of(entities, sentences);
        List<Triple> found = new ArrayList<>();
        for (Entity person : entities.entities()) {
            if (person.type() != EntityType.PERSON || withOrganizationRole.contains(person)) {
                continue;
            }
            for (Mention m : person.mentions()) {
                if (m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                Title title = titleBefore(entities, tokens, m);
                if (title == null) {
                    title = titleAfter(entities, tokens, m);
                }
                Entity company = title == null ? null : onlyCompany(entities, sentences, m.sentence(), m.firstToken());
                if (title != null && company == null) {
                    company = leadCompany(entities, lead, m);
                }
                if (company != null && !otherPossessorBefore(entities, tokens, m, company)) {
                    String predicate = (title.former() ? "former " : "") + title.words() + " of";
                    found.add(Triple.sentenceRole(person, predicate, company, title.text(), m.sentence(), tokens, confidence, RULE)
                            .withAnchors(m.firstToken(), title.head(), -1));
                    break;
                }
            }
        }
        return types.appendTyped(triples, found);
    }

    /**
     * A relative clause on a thing another body has ("had no plans to change the port's management, which is led by chief
     * executive Kirsty Malloch"): the title names that body's chief, not the company's. Only "the", a common noun, its
     * possessive, then within a few words a comma and a relative pronoun before the holder; the company's own ("the
     * company's") is no other, and "Last year's profit", "Tuesday's results", "Simon Drake's strategy" open no such clause.
     */
    private boolean otherPossessorBefore(DocumentEntities entities, List<CoreLabel> tokens, Mention holder, Entity company) {
        for (int k = 2; k < holder.firstToken(); k++) {
            CoreLabel noun = tokens.get(k - 1);
            if (!"POS".equals(tokens.get(k).tag()) || !("NN".equals(noun.tag()) || "NNS".equals(noun.tag()))
                    || !tokens.get(k - 2).word().equalsIgnoreCase("the") || entities.at(holder.sentence(), k - 1) == company) {
                continue;
            }
            for (int c = k + 1; c + 1 < holder.firstToken() && c <= k + 4; c++) {
                if (tokens.get(c).word().equals(",") && relativePronouns.contains(tokens.get(c + 1).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Title(String words, String text, int head, boolean former) {
    }

    /** "... that chief executive Louis Gallois": a title right before the name, opening its noun phrase. */
    private Title titleBefore(DocumentEntities entities, List<CoreLabel> tokens, Mention m) {
        int end = m.firstToken();
        for (int start = Math.max(0, end - maxWords); start < end; start++) {
            if (unnamed(entities, m.sentence(), start, end) && titles.contains(words(tokens, start, end))) {
                int open = start;
                boolean former = false;
                while (open > 0 && (modifiers.contains(lower(tokens, open - 1)) || pastMarkers.contains(lower(tokens, open - 1)))) {
                    former |= pastMarkers.contains(lower(tokens, open - 1));
                    open--;
                }
                // "Airbus chief executive X", "Fiat's CEO X": a holder before the title makes it the patterns'
                CoreLabel before = open == 0 ? null : tokens.get(open - 1);
                boolean opened = before == null || entities.at(m.sentence(), open - 1) == null && !"POS".equals(before.tag())
                        && !tagged(before, "NN") && !tagged(before, "JJ");
                return opened ? new Title(words(tokens, start, end), Triple.originalText(tokens, open, end), end - 1, former) : null;
            }
        }
        return null;
    }

    /** "Fritz Henderson, the current chief operating officer,": a title in apposition, closed by punctuation. */
    private Title titleAfter(DocumentEntities entities, List<CoreLabel> tokens, Mention m) {
        int at = m.endToken();
        if (at + 1 >= tokens.size() || !tokens.get(at).word().equals(",")) {
            return null;
        }
        int start = at + 1;
        boolean former = false;
        while (start < tokens.size() && ("DT".equals(tokens.get(start).tag()) || "PRP$".equals(tokens.get(start).tag())
                || modifiers.contains(lower(tokens, start)) || pastMarkers.contains(lower(tokens, start)))) {
            former |= pastMarkers.contains(lower(tokens, start));
            start++;
        }
        for (int end = Math.min(tokens.size(), start + maxWords); end > start; end--) {
            boolean closed = end == tokens.size() || !Character.isLetterOrDigit(tokens.get(end).word().charAt(0));
            if (closed && unnamed(entities, m.sentence(), start, end) && titles.contains(words(tokens, start, end))) {
                return new Title(words(tokens, start, end), Triple.originalText(tokens, at + 1, end), end - 1, former);
            }
        }
        return null;
    }

    /**
     * The one organization the sentence names (before the title, at {@code before}), or, when it names none, the one the
     * sentence before names (and describes no other company); null when none or two, or when that one is no company.
     */
    private Entity onlyCompany(DocumentEntities entities, List<CoreMap> sentences, int s, int before) {
        Set<Entity> here = organizationsNamed(entities, s);
        if (here.isEmpty() && s > 0) {
            here = organizationsNamed(entities, s - 1);
            // "The company was founded by X, who worked for NS. X, the chief executive, said": the sentence before
            // describes another organization too, whose chief the title may name
            // (a company: "the agency" of a regulator that fined the company is no employer of the title's holder)
            Set<Entity> named = here;
            boolean otherDescribed = entities.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && !named.contains(e)
                    && !otherSector(e)
                    && e.mentions().stream().anyMatch(m -> m.sentence() == s - 1 && m.kind() == Mention.Kind.DESCRIPTION));
            return otherDescribed ? null : only(here, entities, sentences, s - 1, Integer.MAX_VALUE);
        }
        return only(here, entities, sentences, s, before);
    }

    /**
     * "Volkswagen will close three plants ... Chief executive Oliver Blume, who also runs Porsche, said": the story's lead
     * organization's ({@link LeadOrganization}), when the title's sentence names no other before the title or right
     * after the name, the sentence before names the lead first if it names any, and the lead was named or referred to
     * within company.title.leadWindow sentences before the title's; no state body or outlet, and no body whose name has a
     * word of company.title.leadNotHeads (a union's or a ministry's story quotes other bodies' chiefs: "Unite announced
     * strikes ... Chief executive Joanne Roney said the council").
     */
    private Entity leadCompany(DocumentEntities entities, LeadOrganization.Lead lead, Mention holder) {
        int s = holder.sentence();
        if (lead == null || lead.name().sentence() >= s) {
            return null;
        }
        Entity org = lead.organization();
        String[] words = org.name().toLowerCase(Locale.ROOT).split("\\s+");
        if (otherSector(org)
                || Arrays.stream(words).anyMatch(leadNotHeads::contains)) {
            return null;
        }
        // the title's sentence names no other organization before the title nor right after the name ("Chief executive
        // Mary Barra of GM said"); one after ("Chief executive Oliver Blume, who also runs Porsche, said") is another party
        for (Entity other : organizationsNamed(entities, s)) {
            if (other != org && other.mentions().stream().anyMatch(o -> o.sentence() == s && o.kind() == Mention.Kind.NAME
                    && o.firstToken() <= holder.endToken() + 2)) {
                return null;
            }
        }
        // the sentence before names the lead first if it names any ("General Motors also reported weak sales. Chief
        // executive Mary Barra said" is GM's)
        if (s > 0) {
            Entity first = firstOrganizationNamed(entities, s - 1);
            if (first != null && first != org) {
                return null;
            }
        }
        boolean inReach = org.mentions().stream().anyMatch(o -> o.sentence() <= s && o.sentence() >= s - leadWindow);
        return inReach ? org : null;
    }

    /** The organization whose name comes first in sentence s, or null. */
    private static Entity firstOrganizationNamed(DocumentEntities entities, int s) {
        Entity first = null;
        int at = Integer.MAX_VALUE;
        for (Entity e : entities.entities()) {
            for (Mention o : e.mentions()) {
                if (e.type() == EntityType.ORGANIZATION && o.sentence() == s && o.kind() == Mention.Kind.NAME && o.firstToken() < at) {
                    first = e;
                    at = o.firstToken();
                }
            }
        }
        return first;
    }

    /** Whether the actor dictionary puts the organization in a sector with no company officers (company.title.otherSectors). */
    private boolean otherSector(Entity org) {
        return org.actor() != null && org.actor().sector() != null && otherSectors.contains(org.actor().sector());
    }

    /** The one organization of the set when it is named as a party before {@code before} and is no state body or outlet. */
    private Entity only(Set<Entity> named, DocumentEntities entities, List<CoreMap> sentences, int s, int before) {
        if (named.size() != 1) {
            return null;
        }
        Entity org = named.iterator().next();
        if (otherSector(org)) {
            return null;
        }
        List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
        for (Mention m : org.mentions()) {
            if (m.sentence() == s && m.kind() == Mention.Kind.NAME && m.firstToken() < before && !outletPlace(tokens, m.firstToken())) {
                return org;
            }
        }
        return null;
    }

    /**
     * Whether the name at {@code at} stands where an outlet or an authority is named: in brackets ("CUPERTINO
     * (Reuters)"), or right after one of company.title.outletWords ("told CNBC", "speaking to Reuters", "questioned by
     * the FBI"; not "according to Nissan").
     */
    private boolean outletPlace(List<CoreLabel> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && "DT".equals(tokens.get(k).tag())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String word = lower(tokens, k);
        boolean according = word.equals("to") && k > 0 && lower(tokens, k - 1).equals("according");
        return tagged(tokens.get(k), "-LRB-") || outletWords.contains(word) && !according;
    }

    private static Set<Entity> organizationsNamed(DocumentEntities entities, int s) {
        Set<Entity> named = new LinkedHashSet<>();
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.sentence() == s && m.kind() == Mention.Kind.NAME)) {
                named.add(e);
            }
        }
        return named;
    }

    private static boolean unnamed(DocumentEntities entities, int s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (entities.at(s, i) != null) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<CoreLabel> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            words.add(lower(tokens, i));
        }
        return String.join(" ", words);
    }

    private static String lower(List<CoreLabel> tokens, int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static boolean tagged(CoreLabel token, String prefix) {
        return token.tag() != null && token.tag().startsWith(prefix);
    }
}
