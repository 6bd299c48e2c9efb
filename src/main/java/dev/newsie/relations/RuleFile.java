package dev.newsie.relations;

import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses models/relations.rules. The format, line by line:
 * <pre>
 *   list NAME FILE            word list (one per line, in models/) usable in patterns as @NAME, case ignored
 *   caselist NAME FILE        the same, matched as written ("Union" of a party's name, not "union")
 *   define NAME TEXT          text usable in patterns as $NAME
 *   rule NAME                 starts a rule; the indented lines below belong to it:
 *     pattern SEMGREX         must name the nodes =subj, =obj and =pred
 *     predicate TEMPLATE      words; {node} is the node's lemma (verbs) or word, {node:phrase} the
 *                             node with its modifiers, {node:lemma} the node's lemma ("allies": ally),
 *                             {node:singular} the phrase with the node in its lemma ("deputy prime minister"),
 *                             {rel:NAME} the preposition of a named relation
 *     confidence 0.8          base confidence of the rule's triples
 *     symmetric               the relation holds both ways (conjoined subjects)
 *     modality planned        what the rule's triples are when the text does not say otherwise
 *     qualified NODE          the named node whose clause says the triple's negation, modality and date, where
 *                             the predicate's word is not the clause's head ("whose chairman is not Tanabe")
 * </pre>
 */
public final class RuleFile {
    private static final Pattern LIST_REF = Pattern.compile("@([A-Za-z_]+)");
    private static final Pattern MACRO_REF = Pattern.compile("\\$([A-Za-z_]+)");

    private RuleFile() {
    }

    public static List<RelationRule> parse(List<String> lines, Function<String, List<String>> listLoader) {
        Map<String, String> lists = new LinkedHashMap<>();
        Map<String, String> macros = new LinkedHashMap<>();
        List<RelationRule> rules = new ArrayList<>();
        Builder current = null;
        java.util.Set<String> names = new java.util.HashSet<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String key = kv[0];
            String rest = kv.length > 1 ? kv[1].strip() : "";
            try {
                switch (key) {
                    case "list" -> {
                        String[] nf = rest.split("\\s+", 2);
                        lists.put(nf[0], wordRegex(listLoader.apply(nf[1]), true));
                    }
                    case "caselist" -> {
                        String[] nf = rest.split("\\s+", 2);
                        lists.put(nf[0], wordRegex(listLoader.apply(nf[1]), false));
                    }
                    case "define" -> {
                        String[] nf = rest.split("\\s+", 2);
                        macros.put(nf[0], nf[1]);
                    }
                    case "rule" -> {
                        if (current != null) {
                            rules.add(current.build());
                        }
                        // a rule's name is what the output and the tests know it by: a second rule of that name hides the first
                        if (!names.add(rest)) {
                            throw new IllegalArgumentException("a second rule named '" + rest + "'");
                        }
                        current = new Builder(rest);
                    }
                    case "pattern" -> need(current, key, current == null ? null : current.pattern).pattern = expand(rest, lists, macros);
                    case "predicate" -> need(current, key, current == null ? null : current.predicate).predicate = rest;
                    case "confidence" -> need(current, key).confidence = Double.parseDouble(rest);
                    case "symmetric" -> need(current, key).symmetric = true;
                    case "modality" -> need(current, key).modality = Modality.valueOf(rest.toUpperCase(java.util.Locale.ROOT));
                    case "qualified" -> need(current, key, current == null ? null : current.qualified).qualified = rest;
                    default -> throw new IllegalArgumentException("unknown keyword '" + key + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("relations rules, line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (current != null) {
            rules.add(current.build());
        }
        return rules;
    }

    private static Builder need(Builder current, String key) {
        if (current == null) {
            throw new IllegalArgumentException("'" + key + "' outside a rule");
        }
        return current;
    }

    /** A rule's one pattern or predicate: a second would silently replace the first. */
    private static Builder need(Builder current, String key, String already) {
        if (already != null) {
            throw new IllegalArgumentException("rule " + current.name + " has a second '" + key + "': write another rule");
        }
        return need(current, key);
    }

    /** A word list as a Semgrex regex that matches any of its words, whole, ignoring case or not. */
    private static String wordRegex(List<String> words, boolean ignoreCase) {
        return ModelFiles.entries(words).map(w -> w.replaceAll("([.\\\\/|()\\[\\]{}+*?^$])", "\\\\$1"))
                .collect(Collectors.joining("|", ignoreCase ? "/(?i:" : "/(?:", ")/"));
    }

    private static String expand(String pattern, Map<String, String> lists, Map<String, String> macros) {
        String out = pattern;
        for (int pass = 0; pass < 5 && MACRO_REF.matcher(out).find(); pass++) {
            out = replace(out, MACRO_REF, macros, "$");
        }
        return replace(out, LIST_REF, lists, "@");
    }

    private static String replace(String text, Pattern ref, Map<String, String> values, String sigil) {
        Matcher m = ref.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("undefined " + sigil + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final class Builder {
        final String name;
        String pattern;
        String predicate;
        double confidence = 0.7;
        boolean symmetric;
        Modality modality;
        String qualified;

        Builder(String name) {
            this.name = name;
        }

        RelationRule build() {
            if (pattern == null || predicate == null) {
                throw new IllegalArgumentException("rule " + name + " needs a pattern and a predicate");
            }
            for (String node : List.of("=subj", "=obj", "=pred")) {
                if (!pattern.contains(node)) {
                    throw new IllegalArgumentException("rule " + name + ": pattern must name the node " + node);
                }
            }
            if (qualified != null && !pattern.contains("=" + qualified)) {
                throw new IllegalArgumentException("rule " + name + ": 'qualified " + qualified + "' names no node of the pattern");
            }
            try {
                return new RelationRule(name, SemgrexPattern.compile(pattern), predicate, confidence, symmetric, modality, qualified);
            } catch (SemgrexParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + name + ": bad pattern: " + e.getMessage());
            }
        }
    }
}
