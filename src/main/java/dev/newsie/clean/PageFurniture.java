package dev.newsie.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the page furniture of a scraped article (navigation, widgets, credits, copyright lines,
 * repeated headline banners) and joins hard-wrapped lines. The result has exactly the input's
 * length, so every offset computed on it points into the input as given.
 */
public final class PageFurniture {
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'\u201d\u2019)\\]]\\s*$");
    private static final int HEADLINE_MIN_WORDS = 4;
    /** Headline banners are repeats of lines near the top of the page. */
    private static final int HEADLINE_CANDIDATES = 8;

    private final List<Pattern> linePatterns;
    private final List<Pattern> spanPatterns;
    private final List<Pattern> creditPatterns;
    private final List<Pattern> creditNamePatterns;
    /** Whether a credit line's capitalized words name a place, a country or a seat of government: no reporter's name. */
    private final Predicate<String> namesPlace;

    public PageFurniture(List<Pattern> linePatterns, List<Pattern> spanPatterns, List<Pattern> creditPatterns,
                         List<Pattern> creditNamePatterns, Predicate<String> namesPlace) {
        this.linePatterns = List.copyOf(linePatterns);
        this.spanPatterns = List.copyOf(spanPatterns);
        this.creditPatterns = List.copyOf(creditPatterns);
        this.creditNamePatterns = List.copyOf(creditNamePatterns);
        this.namesPlace = namesPlace;
    }

    /**
     * Reads the "line:", "span:", "credit:" and "credit-name:" rules of models/furniture.txt; {@code namesPlace} tells
     * a place a credit line names ("Reporting by Anna Moreau in Ottawa and South Africa") from a reporter.
     */
    public static PageFurniture fromRules(List<String> ruleLines, Predicate<String> namesPlace) {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> spans = new ArrayList<>();
        List<Pattern> credits = new ArrayList<>();
        List<Pattern> creditNames = new ArrayList<>();
        for (String raw : ruleLines) {
            String rule = raw.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            if (rule.startsWith("line:")) {
                lines.add(Pattern.compile(rule.substring(5).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } else if (rule.startsWith("span:")) {
                spans.add(Pattern.compile(rule.substring(5).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } else if (rule.startsWith("credit:")) {
                credits.add(Pattern.compile(rule.substring(7).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } else if (rule.startsWith("credit-name:")) {
                creditNames.add(Pattern.compile(rule.substring(12).strip())); // case matters: names are capitalized
            } else {
                throw new IllegalArgumentException("furniture rule must start with 'line:', 'span:', 'credit:' or 'credit-name:': " + rule);
            }
        }
        if (!credits.isEmpty() && creditNames.isEmpty()) {
            throw new IllegalArgumentException("furniture rules have 'credit:' lines but no 'credit-name:' pattern");
        }
        return new PageFurniture(lines, spans, credits, creditNames, namesPlace);
    }

    /** Returns the text to analyse: same length as {@code text}, furniture replaced by spaces. */
    public String clean(String text) {
        char[] out = text.toCharArray();
        for (Pattern span : spanPatterns) {
            Matcher m = span.matcher(text);
            while (m.find()) {
                blank(out, m.start(), m.end());
            }
        }
        List<int[]> lines = lines(text);
        List<String> headlines = new ArrayList<>();
        Set<String> seenLines = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            String line = new String(out, start, end - start).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isFurnitureLine(line) || !seenLines.add(line)) {
                blank(out, start, end);
                continue;
            }
            if (isCreditLine(line)) {
                keepOnlyNames(out, text, start, end);
                continue;
            }
            int lead = start + leadingSpaces(out, start, end);
            for (String headline : headlines) {
                if (line.startsWith(headline)) {
                    blank(out, lead, lead + headline.length());
                    break;
                }
            }
            if (headlines.size() < HEADLINE_CANDIDATES && wordCount(line) >= HEADLINE_MIN_WORDS
                    && !SENTENCE_END.matcher(line).find()) {
                headlines.add(line);
            }
        }
        joinWrappedLines(out, lines);
        return new String(out);
    }

    boolean isFurnitureLine(String line) {
        if (!LATIN_LETTER.matcher(line).find()) {
            return true;
        }
        if (line.indexOf(' ') < 0 && line.indexOf('_') >= 0) {
            return true;
        }
        for (Pattern p : linePatterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean isCreditLine(String line) {
        return creditPatterns.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /**
     * A wire credit line ("Reporting by Anna Moreau in Ottawa and Luis Ortega; Editing by Paul Simms") names the
     * article's reporters and editors: the names stay, each on a line of its own (so the tagger reads each as a name and
     * no sentence joins two of them), the rest is blanked.
     */
    private void keepOnlyNames(char[] out, String text, int start, int end) {
        blank(out, start, end);
        String line = text.substring(start, end);
        for (Pattern name : creditNamePatterns) {
            Matcher m = name.matcher(line);
            while (m.find()) {
                if (namesPlace.test(m.group())) {
                    continue;
                }
                text.getChars(start + m.start(), start + m.end(), out, start + m.start());
                if (start + m.end() < end) {
                    out[start + m.end()] = '\n';
                }
            }
        }
    }

    /** A line that stops mid-sentence and a next line that starts in lower case are one sentence. */
    private static void joinWrappedLines(char[] out, List<int[]> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            int end = lines.get(i)[1];
            int nextStart = lines.get(i + 1)[0];
            String line = new String(out, lines.get(i)[0], end - lines.get(i)[0]).strip();
            int firstOfNext = nextStart + leadingSpaces(out, nextStart, lines.get(i + 1)[1]);
            if (line.isEmpty() || firstOfNext >= out.length || SENTENCE_END.matcher(line).find()) {
                continue;
            }
            if (Character.isLowerCase(out[firstOfNext]) && nextStart - end <= 2) {
                for (int k = end; k < nextStart; k++) {
                    out[k] = ' ';
                }
            }
        }
    }

    /** [start, end) of every line, without its line terminator. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return out;
    }

    private static int leadingSpaces(char[] out, int start, int end) {
        int k = start;
        while (k < end && Character.isWhitespace(out[k])) {
            k++;
        }
        return k - start;
    }

    private static int wordCount(String line) {
        return line.split("\\s+").length;
    }

    private static void blank(char[] out, int start, int end) {
        for (int k = start; k < end; k++) {
            if (out[k] != '\n' && out[k] != '\r') {
                out[k] = ' ';
            }
        }
    }
}
