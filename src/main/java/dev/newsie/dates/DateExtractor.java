package dev.newsie.dates;

import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a sentence with their TIMEX3 values: SUTime's dates, corrected where news reads them otherwise, and
 * bare days of the month ("on the 13th") that SUTime leaves alone.
 * <ul>
 * <li>A weekday, day of the month or month without a year is placed by the tense of its clause ({@link ClauseTense},
 *     {@link Calendar}): "sanctioned Iran on Monday" is the Monday before the document date, "will meet on Monday"
 *     the one after; "last May" is the latest May before it.</li>
 * <li>A date run into an offset ("November 11, three days later") is cut before it and read again by SUTime.</li>
 * <li>Values and texts that give a graph no date ("now", "24 years since July 2000") are dropped.</li>
 * </ul>
 * Settings: models/dates.properties. Thread-safe.
 */
public final class DateExtractor {
    /** A date of the sentence: its tokens and TIMEX3 value. */
    public record FoundDate(List<CoreLabel> tokens, String value) {
    }

    private static final Pattern PARTIAL_DAY = Pattern.compile("XXXX-XX-(\\d\\d)(.*)");
    private static final Pattern PARTIAL_MONTH = Pattern.compile("XXXX-(\\d\\d)(.*)");

    private final DateTagger tagger;
    private final Calendar calendar;
    private final ClauseTense tense;
    private final Map<ClauseTense.Tense, Direction> directions = new EnumMap<>(ClauseTense.Tense.class);
    private final Set<String> dropValues;
    private final Pattern dropText;
    /** Month abbreviations that are also name words: alone right after a proper noun, a name's ("Dong Jun"). */
    private final Set<String> nameMonths;
    private final Pattern trimAfter;
    /** Season words that are also nouns ("the fall of Assad"): before "of" and no year, no date. */
    private final Set<String> seasonNouns;
    private final Pattern dayOfMonth;
    private final Pattern dayOfMonthBefore;
    private final Set<String> dayOfMonthArticle;
    private final Set<String> dayOfMonthNotFollowedBy;

    public DateExtractor(Settings dates, DateTagger tagger) {
        this.tagger = tagger;
        this.calendar = new Calendar(dates);
        this.tense = new ClauseTense(dates);
        for (ClauseTense.Tense t : ClauseTense.Tense.values()) {
            directions.put(t, Direction.of(dates, "direction." + t.name().toLowerCase(Locale.ROOT)));
        }
        this.dropValues = dates.words("drop.values");
        this.dropText = dates.pattern("drop.pattern");
        this.nameMonths = dates.words("drop.nameMonths");
        this.trimAfter = dates.pattern("trimAfter");
        this.seasonNouns = dates.lowercaseWords("drop.seasonNounsBeforeOf");
        this.dayOfMonth = dates.pattern("dayOfMonth");
        this.dayOfMonthBefore = dates.pattern("dayOfMonth.before");
        this.dayOfMonthArticle = dates.lowercaseWords("dayOfMonth.article");
        this.dayOfMonthNotFollowedBy = dates.lowercaseWords("dayOfMonth.notFollowedBy");
    }

    /**
     * "since the fall of Bashar al-Assad", "the spring of discontent": a season word before "of" and no year is the
     * noun, no season ("the fall of 2023" is one).
     */
    private boolean nounBeforeOf(List<CoreLabel> sentence, List<CoreLabel> date) {
        CoreLabel last = date.get(date.size() - 1);
        int next = last.index();
        if (!seasonNouns.contains(last.word().toLowerCase(Locale.ROOT)) || next + 1 >= sentence.size()
                || !sentence.get(next).word().equalsIgnoreCase("of")) {
            return false;
        }
        String after = sentence.get(next + 1).tag();
        return after == null || !after.equals("CD");
    }

    /** "his Chinese counterpart, Dong Jun": a lone month abbreviation right after a capitalized proper noun ends a name. */
    private boolean endsName(List<CoreLabel> sentence, List<CoreLabel> date) {
        int before = date.get(0).index() - 2;
        String word = date.get(0).word();
        // "Dong Jun." at a sentence's end: the tokenizer keeps the full stop as the abbreviation's
        if (date.size() != 1 || before < 0 || !nameMonths.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) {
            return false;
        }
        CoreLabel previous = sentence.get(before);
        return previous.tag() != null && previous.tag().startsWith("NNP") && Character.isUpperCase(previous.word().charAt(0))
                && !calendar.isWeekday(previous.word());
    }

    /**
     * The dates of one sentence, in text order.
     *
     * @param tagged   the sentence's DATE mentions as CoreNLP built them from SUTime's tags
     * @param docDate  YYYY-MM-DD or null: relative dates stay unplaced without it
     */
    public List<FoundDate> find(Annotation doc, CoreMap sentence, List<CoreMap> tagged, String docDate) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<FoundDate> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (CoreMap mention : tagged) {
            List<CoreLabel> words = mention.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> kept = beforeOffset(doc, words);
            Timex timex;
            if (kept.size() < words.size()) {
                // the tagger's value is for the whole expression: read the kept words again
                timex = tagger.timexOf(doc, sentence, kept);
            } else {
                timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) {
                    timex = words.get(0).get(TimeAnnotations.TimexAnnotation.class);
                }
            }
            if (!isDate(timex)) {
                continue;
            }
            String value = place(tokens, kept, timex.value(), docDate);
            if (dropValues.contains(value) || dropText.matcher(text(doc, kept)).matches() || endsName(tokens, kept)
                    || nounBeforeOf(tokens, kept)) {
                continue;
            }
            found.add(new FoundDate(kept, value));
            kept.forEach(t -> taken[t.index() - 1] = true);
        }
        daysOfMonth(tokens, taken, docDate, found);
        found.sort(Comparator.comparingInt(d -> d.tokens().get(0).index()));
        return found;
    }

    /** "on the 13th": the article and an ordinal day after a preposition, not part of a tagged date, not "the 13th of". */
    private void daysOfMonth(List<CoreLabel> tokens, boolean[] taken, String docDate, List<FoundDate> found) {
        for (int t = 2; t < tokens.size(); t++) {
            Matcher day = dayOfMonth.matcher(tokens.get(t).word());
            if (!day.matches() || taken[t] || !dayOfMonthArticle.contains(lower(tokens.get(t - 1).word()))
                    || !dayOfMonthBefore.matcher(tokens.get(t - 2).word()).matches()
                    || t + 1 < tokens.size() && dayOfMonthNotFollowedBy.contains(lower(tokens.get(t + 1).word()))) {
                continue;
            }
            List<CoreLabel> words = tokens.subList(t - 1, t + 1);
            String unplaced = String.format(Locale.ROOT, "XXXX-XX-%02d", Integer.parseInt(day.group(1)));
            found.add(new FoundDate(words, place(tokens, words, unplaced, docDate)));
        }
    }

    /**
     * The value of a date in its sentence: a weekday, day of the month or month without a year is placed by the
     * tense of its clause (or by "last"/"next"); anything else keeps SUTime's value.
     */
    private String place(List<CoreLabel> sentence, List<CoreLabel> words, String value, String docDate) {
        if (docDate == null) {
            return value;
        }
        Optional<Calendar.Partial> partial = calendar.read(words.stream().map(CoreLabel::word).toList());
        if (partial.isPresent()) {
            Direction direction = partial.get().modifier();
            if (direction == null) {
                int first = words.get(0).index() - 1;
                direction = directions.get(tense.around(sentence, first, first + words.size()));
            }
            String placed = Calendar.place(partial.get(), direction, LocalDate.parse(docDate));
            if (placed != null) {
                return placed;
            }
        }
        return completeWithDocDate(value, docDate);
    }

    /** "November 11, three days later" -> "November 11". */
    private List<CoreLabel> beforeOffset(Annotation doc, List<CoreLabel> tokens) {
        Matcher m = trimAfter.matcher(text(doc, tokens));
        if (!m.find() || m.start() == 0) {
            return tokens;
        }
        int cut = tokens.get(0).beginPosition() + m.start();
        List<CoreLabel> kept = tokens.stream().filter(t -> t.endPosition() <= cut).toList();
        return kept.isEmpty() ? tokens : kept;
    }

    private static String text(Annotation doc, List<CoreLabel> tokens) {
        return doc.get(CoreAnnotations.TextAnnotation.class)
                .substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }

    /** SUTime also tags durations, times and sets; only a calendar date becomes a DATE entity. */
    private static boolean isDate(Timex timex) {
        return timex != null && timex.value() != null && "DATE".equals(timex.timexType());
    }

    /** A value SUTime left partly open (XXXX-XX-13, XXXX-05-W2) takes the document's year and month. */
    static String completeWithDocDate(String value, String docDate) {
        Matcher day = PARTIAL_DAY.matcher(value);
        if (day.matches()) {
            return docDate.substring(0, 8) + day.group(1) + day.group(2);
        }
        Matcher month = PARTIAL_MONTH.matcher(value);
        if (month.matches()) {
            return docDate.substring(0, 5) + month.group(1) + month.group(2);
        }
        return value;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
