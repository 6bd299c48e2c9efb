package dev.newsie.dates;

import dev.newsie.settings.Settings;
import dev.newsie.settings.SettingsException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the text gives without a year or week: a weekday ("on Monday"), a day of the month ("the 13th"), a month
 * ("in May", "last September") or a month and day ("May 13"). Which occurrence is meant depends on the document
 * date and on the tense of the clause ({@link Direction}); this class reads such dates and picks the occurrence.
 * Month and weekday names come from models/dates.properties (calendar.*).
 */
final class Calendar {
    /** What a date expression names, before it is placed: any of its parts may be null; {@code modifier} from "last"/"next". */
    record Partial(DayOfWeek weekday, Integer month, Integer day, Direction modifier) {
    }

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Set<String> skip;
    private final Set<String> before;
    private final Set<String> after;
    private final Pattern day;

    Calendar(Settings settings) {
        List<List<String>> monthNames = spellings(settings, "calendar.months", 12);
        for (int m = 0; m < 12; m++) {
            for (String name : monthNames.get(m)) {
                months.put(name, m + 1);
            }
        }
        List<List<String>> dayNames = spellings(settings, "calendar.weekdays", 7);
        for (int d = 0; d < 7; d++) {
            for (String name : dayNames.get(d)) {
                weekdays.put(name, DayOfWeek.of(d + 1));
            }
        }
        this.skip = settings.lowercaseWords("calendar.skip");
        this.before = settings.lowercaseWords("calendar.before");
        this.after = settings.lowercaseWords("calendar.after");
        this.day = settings.pattern("calendar.day");
    }

    /** "january|jan, february|feb, ...": the spellings of each of {@code count} names, in calendar order. */
    private static List<List<String>> spellings(Settings settings, String key, int count) {
        String[] entries = settings.text(key).split(",");
        if (entries.length != count) {
            throw new SettingsException(settings.file() + ": setting '" + key + "' must list " + count + " names in calendar order, not "
                    + entries.length);
        }
        List<List<String>> out = new ArrayList<>();
        for (String entry : entries) {
            out.add(List.of(entry.strip().toLowerCase(Locale.ROOT).split("\\s*\\|\\s*")));
        }
        return out;
    }

    /** The month named by a word ("May", "Sept."), or null. */
    Integer month(String word) {
        return months.get(normalize(word));
    }

    boolean isWeekday(String word) {
        return weekdays.containsKey(normalize(word));
    }

    /** The month-name alternatives, longest first, for building patterns that match any spelling. */
    String monthNamePattern() {
        return months.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    String weekdayNamePattern() {
        return weekdays.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /**
     * Reads words such as "on Monday", "the 13th", "last May", "May 13" or "Monday, May 13"; empty when any word is
     * something else (a year, "early", "week"): those dates are SUTime's to place.
     */
    Optional<Partial> read(List<String> words) {
        DayOfWeek weekday = null;
        Integer month = null;
        Integer dayOfMonth = null;
        Direction modifier = null;
        for (String raw : words) {
            String word = normalize(raw);
            if (word.isEmpty() || skip.contains(word) || word.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            Matcher d = day.matcher(word);
            if (weekdays.containsKey(word) && weekday == null) {
                weekday = weekdays.get(word);
            } else if (months.containsKey(word) && month == null) {
                month = months.get(word);
            } else if (d.matches() && dayOfMonth == null) {
                dayOfMonth = Integer.parseInt(d.group(1));
            } else if (before.contains(word) && modifier == null) {
                modifier = Direction.BEFORE;
            } else if (after.contains(word) && modifier == null) {
                modifier = Direction.AFTER;
            } else {
                return Optional.empty();
            }
        }
        if (weekday == null && month == null && dayOfMonth == null) {
            return Optional.empty();
        }
        return Optional.of(new Partial(weekday, month, dayOfMonth, modifier));
    }

    /** The TIMEX3 value of the occurrence meant: YYYY-MM-DD, or YYYY-MM for a month alone; null if none fits. */
    static String place(Partial p, Direction direction, LocalDate docDate) {
        if (p.month() != null && p.day() == null) {
            YearMonth ref = YearMonth.from(docDate);
            List<Long> offsets = new ArrayList<>();
            List<YearMonth> candidates = new ArrayList<>();
            for (int y = -1; y <= 1; y++) {
                YearMonth c = YearMonth.of(docDate.getYear() + y, p.month());
                candidates.add(c);
                offsets.add(ChronoUnit.MONTHS.between(ref, c));
            }
            int best = choose(offsets, direction);
            return best < 0 ? null : candidates.get(best).toString();
        }
        List<LocalDate> candidates = new ArrayList<>();
        if (p.month() != null) {
            for (int y = -1; y <= 1; y++) {
                addIfValid(candidates, docDate.getYear() + y, p.month(), p.day());
            }
        } else if (p.day() != null) {
            for (int m = -2; m <= 2; m++) {
                YearMonth ym = YearMonth.from(docDate).plusMonths(m);
                addIfValid(candidates, ym.getYear(), ym.getMonthValue(), p.day());
            }
        } else {
            for (int k = -7; k <= 7; k++) {
                LocalDate c = docDate.plusDays(k);
                if (c.getDayOfWeek() == p.weekday()) {
                    candidates.add(c);
                }
            }
        }
        List<Long> offsets = candidates.stream().map(c -> ChronoUnit.DAYS.between(docDate, c)).toList();
        int best = choose(offsets, direction);
        return best < 0 ? null : candidates.get(best).toString();
    }

    private static void addIfValid(List<LocalDate> out, int year, int month, int day) {
        if (day <= YearMonth.of(year, month).lengthOfMonth()) {
            out.add(LocalDate.of(year, month, day));
        }
    }

    /** Index of the candidate the direction picks, by its signed offset from the document date (ascending input). */
    private static int choose(List<Long> offsets, Direction direction) {
        int best = -1;
        for (int i = 0; i < offsets.size(); i++) {
            long o = offsets.get(i);
            boolean better = switch (direction) {
                case ON_OR_BEFORE -> o <= 0 && (best < 0 || o > offsets.get(best));
                case BEFORE -> o < 0 && (best < 0 || o > offsets.get(best));
                case ON_OR_AFTER -> o >= 0 && (best < 0 || o < offsets.get(best));
                case AFTER -> o > 0 && (best < 0 || o < offsets.get(best));
                case NEAREST -> best < 0 || Math.abs(o) < Math.abs(offsets.get(best))
                        || Math.abs(o) == Math.abs(offsets.get(best)) && o > offsets.get(best);
            };
            if (better) {
                best = i;
            }
        }
        return best;
    }

    private static String normalize(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }
}
