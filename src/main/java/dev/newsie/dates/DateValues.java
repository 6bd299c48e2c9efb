package dev.newsie.dates;

import java.util.regex.Pattern;

/** TIMEX3 date values ("2024-06-13", "2024-05", "2024", "2024-W25") as the graph orders and types them and relations compare them. */
public final class DateValues {
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
    public static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    public static final Pattern YEAR = Pattern.compile("\\d{4}");

    private DateValues() {
    }

    /** Values on the calendar; "PRESENT_REF" and other symbolic values have no place in first/last dates. */
    public static boolean isCalendarDate(String value) {
        return value != null && CALENDAR.matcher(value).matches();
    }

    /**
     * Orders by the first day each value covers: "2024-05" before "2024-05-03" before "2024-W25" (June 17).
     * Plain string order would put every week after every month of its year.
     */
    public static int compare(String a, String b) {
        int byStart = startDay(a).compareTo(startDay(b));
        return byStart != 0 ? byStart : Integer.compare(a.length(), b.length());
    }

    /** The last day a calendar value covers ("2023-09" -> 2023-09-30), or null for any other value. */
    public static java.time.LocalDate lastDay(String value) {
        if (!isCalendarDate(value)) {
            return null;
        }
        java.time.LocalDate start = java.time.LocalDate.parse(startDay(value));
        if (value.contains("-W")) {
            return start.plusDays(6);
        }
        return switch (value.length()) {
            case 4 -> start.withDayOfYear(start.lengthOfYear());
            case 7 -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
    }

    /** The first day a calendar value covers ("2024-W25" -> "2024-06-17"), or null for a symbolic one: Neo4j stores dates as days. */
    public static String firstDay(String value) {
        return isCalendarDate(value) ? startDay(value) : null;
    }

    private static String startDay(String value) {
        if (value.contains("-W")) {
            int year = Integer.parseInt(value.substring(0, 4));
            int week = Integer.parseInt(value.substring(6));
            return java.time.LocalDate.of(year, 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY).toString();
        }
        return switch (value.length()) {
            case 4 -> value + "-01-01";
            case 7 -> value + "-01";
            default -> value;
        };
    }
}
