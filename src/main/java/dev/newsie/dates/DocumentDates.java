package dev.newsie.dates;

import dev.newsie.settings.Settings;
import dev.newsie.settings.SettingsException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's own date (the reference for "Monday", "last May", "the 13th") and where it came from. In order:
 * <ol>
 * <li>the input's own date: the record's date field, or the web page's metadata;</li>
 * <li>the text's dateline: "WASHINGTON, August 11 (Xinhua) --", a line that is only a date under the headline
 *     ("June 01, 2009"), "Published 14.06.2024"; a dateline without a year takes it from another line that gives
 *     one (another dated line, "© 2009"), else it gives no date;</li>
 * <li>the --doc-date option, the fallback for documents that carry no date of their own;</li>
 * <li>none.</li>
 * </ol>
 * With --force-doc-date the option comes first. Patterns: models/dates.properties (dateline.*).
 */
public final class DocumentDates {
    public static final String RECORD = "record";
    public static final String HTML_META = "html-meta";
    public static final String DATELINE = "dateline";
    public static final String OPTION = "option";
    public static final String NONE = "none";

    /** A document date (YYYY-MM-DD or null) and its source: record, html-meta, dateline, option or none. */
    public record DocumentDate(String date, String source) {
    }

    private final Calendar calendar;
    private final int maxLines;
    private final List<Pattern> datelines = new ArrayList<>();
    private final Pattern year;
    private final Pattern ordinalSuffix;
    private final List<DateTimeFormatter> numericFormats = new ArrayList<>();

    public DocumentDates(Settings dates) {
        this.calendar = new Calendar(dates);
        this.maxLines = dates.number("dateline.maxLines", 1, 100);
        for (String key : List.of("dateline.place", "dateline.published")) {
            String regex = dates.text(key).replace("{month}", calendar.monthNamePattern()).replace("{weekday}", calendar.weekdayNamePattern());
            try {
                datelines.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(dates.file() + ": setting '" + key + "' is not a valid regular expression: " + e.getMessage());
            }
        }
        this.year = dates.pattern("dateline.year");
        this.ordinalSuffix = dates.pattern("dateline.ordinalSuffix");
        for (String format : dates.words("dateline.numericFormats")) {
            try {
                numericFormats.add(DateTimeFormatter.ofPattern(format, Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(dates.file() + ": dateline.numericFormats: '" + format + "' is not a date format: " + e.getMessage());
            }
        }
    }

    /**
     * @param inputDate  the date the input gave (record field or page metadata), or null
     * @param fromHtml   whether the input was a web page (its date then came from metadata)
     * @param text       the document's text, or null when it could not be read
     * @param option     --doc-date, or null
     * @param force      --force-doc-date: the option wins over everything
     */
    public DocumentDate resolve(String inputDate, boolean fromHtml, String text, LocalDate option, boolean force) {
        if (force && option != null) {
            return new DocumentDate(option.toString(), OPTION);
        }
        if (inputDate != null) {
            return new DocumentDate(inputDate, fromHtml ? HTML_META : RECORD);
        }
        Optional<LocalDate> dateline = text == null ? Optional.empty() : fromText(text);
        if (dateline.isPresent()) {
            return new DocumentDate(dateline.get().toString(), DATELINE);
        }
        return option != null ? new DocumentDate(option.toString(), OPTION) : new DocumentDate(null, NONE);
    }

    /** The date of the first dateline among the first lines of a text. */
    public Optional<LocalDate> fromText(String text) {
        MonthDay yearless = null;
        Integer knownYear = null;
        int seen = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (seen++ >= maxLines) {
                break;
            }
            Optional<Parsed> parsed = dateline(l);
            if (parsed.isPresent() && parsed.get().year() != null) {
                if (yearless == null) {
                    return Optional.of(parsed.get().date());
                }
                knownYear = knownYear == null ? parsed.get().year() : knownYear;
            } else if (parsed.isPresent() && yearless == null) {
                yearless = parsed.get().monthDay();
            }
        }
        if (yearless == null) {
            return Optional.empty();
        }
        if (knownYear == null) {
            knownYear = yearFromOtherLines(text).orElse(null);
        }
        if (knownYear == null || !yearless.isValidYear(knownYear)) {
            return Optional.empty();
        }
        return Optional.of(yearless.atYear(knownYear));
    }

    private record Parsed(MonthDay monthDay, Integer year) {
        LocalDate date() {
            return monthDay.atYear(year);
        }
    }

    /** A line that is a dateline, read: a place dateline, a publication line, or a line that is nothing but a date. */
    private Optional<Parsed> dateline(String line) {
        for (Pattern p : datelines) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                Optional<Parsed> parsed = parseDate(m.group("date"));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return parseDate(line).filter(p -> p.year() != null);
    }

    /** "June 01, 2009", "Monday, 14 June 2024", "Aug. 11", "14.06.2024", "2024-06-14": every word must belong to the date. */
    Optional<Parsed> parseDate(String text) {
        String s = ordinalSuffix.matcher(text.strip()).replaceAll("");
        for (DateTimeFormatter format : numericFormats) {
            try {
                LocalDate d = LocalDate.parse(s, format);
                return Optional.of(new Parsed(MonthDay.from(d), d.getYear()));
            } catch (DateTimeParseException e) {
                // try the next format, then month names
            }
        }
        Integer month = null;
        Integer day = null;
        Integer yearValue = null;
        for (String word : s.split("[\\s,]+")) {
            if (word.isEmpty() || calendar.isWeekday(word)) {
                continue;
            }
            Integer named = calendar.month(word);
            if (named != null && month == null) {
                month = named;
            } else if (word.matches("\\d{4}") && yearValue == null) {
                yearValue = Integer.parseInt(word);
            } else if (word.matches("\\d{1,2}") && day == null) {
                day = Integer.parseInt(word);
            } else {
                return Optional.empty();
            }
        }
        if (month == null || day == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(MonthDay.of(month, day), yearValue));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A year that another line of the text gives, for a dateline without one: "© 2009 The Associated Press". */
    private Optional<Integer> yearFromOtherLines(String text) {
        Matcher m = year.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group("year"))) : Optional.empty();
    }
}
