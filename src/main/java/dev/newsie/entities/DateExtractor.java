package dev.newsie.entities;

import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE entities, one per TIMEX3 value: SUTime's dates corrected where news reads them otherwise (a date
 * run into an offset, "last May", a day of the month without its month, spans counted from a date), and
 * bare days of the month ("on the 13th") that SUTime leaves alone. Thread-safe, like the extractor that owns it.
 */
final class DateExtractor {
    private static final Pattern PARTIAL_DAY = Pattern.compile("XXXX-XX-(\\d\\d)(.*)");
    private static final Pattern PARTIAL_MONTH = Pattern.compile("XXXX-(\\d\\d)(.*)");
    private static final Pattern LAST_MONTH_NAME = Pattern.compile("(?i)last\\s+(january|february|march|april|may|june|july|august|september|october|november|december)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");

    private final Set<String> dropDateValues;
    private final Pattern dropDateText;
    private final Pattern dateTrimAfter;
    private final Pattern dayOfMonth;
    private final Pattern dayOfMonthBefore;

    /** SUTime on its own, for a date cut out of a longer expression; loaded on first use (rare). */
    private volatile TimeAnnotator sutime;

    DateExtractor(Properties settings) {
        this.dropDateValues = ModelFiles.words(settings, "date.dropValues");
        this.dropDateText = ModelFiles.pattern(settings, "date.dropPattern");
        this.dateTrimAfter = ModelFiles.pattern(settings, "date.trimAfter");
        this.dayOfMonth = ModelFiles.pattern(settings, "date.dayOfMonth");
        this.dayOfMonthBefore = ModelFiles.pattern(settings, "date.dayOfMonth.before");
    }

    /**
     * A tagged date that runs into an offset ("November 11, three days later") is cut before it and read again
     * by SUTime; the cut date is linked if SUTime still finds a date in it. Returns whether the date was cut:
     * then the tagger's value, which is for the whole expression, no longer applies.
     */
    boolean linkCutAtOffset(Annotation doc, DocumentEntities result, Map<String, Entity> datesByValue, int sentence,
                            List<CoreLabel> tokens, String docDate) {
        List<CoreLabel> kept = beforeOffset(doc, tokens);
        if (kept.size() == tokens.size()) {
            return false;
        }
        String value = reNormalize(doc, kept, docDate);
        if (value != null) {
            link(result, datesByValue, Mention.named(doc, sentence, kept), value);
        }
        return true;
    }

    /** A date as SUTime tagged it, unless its value or text says it is no date for a graph ("now", "24 years since"). */
    void linkTagged(DocumentEntities result, Map<String, Entity> datesByValue, Mention mention, CoreMap tagged, String docDate) {
        Timex timex = tagged.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
            CoreLabel first = tagged.get(CoreAnnotations.TokensAnnotation.class).get(0);
            timex = first.get(TimeAnnotations.TimexAnnotation.class);
        }
        if (!isDate(timex)) {
            return;
        }
        String value = lastMonthName(mention.text(), completeWithDocDate(timex.value(), docDate), docDate);
        if (dropDateValues.contains(value) || dropDateText.matcher(mention.text()).matches()) {
            return;
        }
        link(result, datesByValue, mention, value);
    }

    /** "on the 13th": "the" + an ordinal day, after a preposition, not already part of a date. */
    void linkDaysOfMonth(Annotation doc, DocumentEntities result, Map<String, Entity> datesByValue, List<CoreLabel> tokens,
                         int sentence, String docDate) {
        for (int t = 2; t < tokens.size(); t++) {
            Matcher day = dayOfMonth.matcher(tokens.get(t).word());
            if (!day.matches() || !tokens.get(t - 1).word().equalsIgnoreCase("the")
                    || !dayOfMonthBefore.matcher(tokens.get(t - 2).word()).matches() || result.at(sentence, t) != null
                    || t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("of")) {
                continue;
            }
            String value = completeWithDocDate(String.format(Locale.ROOT, "XXXX-XX-%02d", Integer.parseInt(day.group(1))), docDate);
            link(result, datesByValue, Mention.named(doc, sentence, tokens.subList(t - 1, t + 1)), value);
        }
    }

    /** "November 11, three days later" -> "November 11". */
    private List<CoreLabel> beforeOffset(Annotation doc, List<CoreLabel> tokens) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class)
                .substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
        Matcher m = dateTrimAfter.matcher(text);
        if (!m.find() || m.start() == 0) {
            return tokens;
        }
        int cut = tokens.get(0).beginPosition() + m.start();
        List<CoreLabel> kept = tokens.stream().filter(t -> t.endPosition() <= cut).toList();
        return kept.isEmpty() ? tokens : kept;
    }

    /** The TIMEX3 value of a date cut out of a longer expression, from SUTime on the kept words alone. */
    private String reNormalize(Annotation doc, List<CoreLabel> kept, String docDate) {
        if (sutime == null) {
            synchronized (this) {
                if (sutime == null) {
                    sutime = new TimeAnnotator("sutime", new Properties());
                }
            }
        }
        List<CoreLabel> copies = kept.stream().map(CoreLabel::new).toList();
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.TokensAnnotation.class, copies);
        if (docDate != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        sutime.annotate(part);
        List<CoreMap> found = part.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null || found.isEmpty()) {
            return null;
        }
        Timex timex = found.get(0).get(TimeAnnotations.TimexAnnotation.class);
        return isDate(timex) ? completeWithDocDate(timex.value(), docDate) : null;
    }

    /** SUTime also tags durations, times and sets; only a calendar date becomes a DATE entity. */
    private static boolean isDate(Timex timex) {
        return timex != null && timex.value() != null && "DATE".equals(timex.timexType());
    }

    /** One DATE entity per value, named by its first mention. */
    private static void link(DocumentEntities result, Map<String, Entity> datesByValue, Mention mention, String value) {
        Entity e = datesByValue.computeIfAbsent(value, v -> {
            Entity created = Entity.date(mention.text(), v);
            result.add(created);
            return created;
        });
        result.link(e, mention);
    }

    /**
     * SUTime reads "last May" as May of the previous year; news means the most recent May before the
     * document date (written in June 2024, "last May" is 2024-05; "last September" is 2023-09).
     */
    static String lastMonthName(String text, String value, String docDate) {
        Matcher ym = YEAR_MONTH.matcher(value);
        if (docDate == null || !LAST_MONTH_NAME.matcher(text.strip()).matches() || !ym.matches()) {
            return value;
        }
        int docYear = Integer.parseInt(docDate.substring(0, 4));
        int docMonth = Integer.parseInt(docDate.substring(5, 7));
        int month = Integer.parseInt(ym.group(2));
        int year = month < docMonth ? docYear : docYear - 1;
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    /** "the 13th" comes back as XXXX-XX-13: take year and month from the document date. */
    static String completeWithDocDate(String value, String docDate) {
        if (docDate == null) {
            return value;
        }
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
}
