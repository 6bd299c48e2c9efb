package dev.newsie.dates;

import dev.newsie.TestPipeline;
import dev.newsie.pipeline.Models;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Placing a date without a year by direction; and reading such dates. */
class CalendarTest {
    private static final Calendar CALENDAR = new Calendar(Models.fromDirectory(TestPipeline.MODELS).settings("dates.properties"));
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 4, 24);

    private static String place(Calendar.Partial p, Direction d) {
        return Calendar.place(p, d, WEDNESDAY);
    }

    @Test
    void weekdaysByDirection() {
        Calendar.Partial monday = new Calendar.Partial(DayOfWeek.MONDAY, null, null, null);
        assertEquals("2024-04-22", place(monday, Direction.ON_OR_BEFORE));
        assertEquals("2024-04-29", place(monday, Direction.ON_OR_AFTER));
        assertEquals("2024-04-22", place(monday, Direction.NEAREST));
        Calendar.Partial wednesday = new Calendar.Partial(DayOfWeek.WEDNESDAY, null, null, null);
        assertEquals("2024-04-24", place(wednesday, Direction.ON_OR_BEFORE));
        assertEquals("2024-04-17", place(wednesday, Direction.BEFORE));
        assertEquals("2024-05-01", place(wednesday, Direction.AFTER));
        assertEquals("2024-04-24", place(wednesday, Direction.NEAREST));
        Calendar.Partial sunday = new Calendar.Partial(DayOfWeek.SUNDAY, null, null, null);
        assertEquals("2024-04-21", place(sunday, Direction.NEAREST), "3 days back is nearer than 4 on");
    }

    @Test
    void aTieGoesToTheLaterDay() {
        Calendar.Partial saturday = new Calendar.Partial(DayOfWeek.SATURDAY, null, null, null);
        // from a Wednesday, Saturday is 3 days on and 4 back; from a Tuesday, Saturday is 4 on, 3 back
        assertEquals("2024-04-27", place(saturday, Direction.NEAREST));
        assertEquals("2024-04-20", Calendar.place(saturday, Direction.NEAREST, LocalDate.of(2024, 4, 23)));
        Calendar.Partial thursday = new Calendar.Partial(DayOfWeek.THURSDAY, null, null, null);
        assertEquals("2024-05-02", Calendar.place(thursday, Direction.NEAREST, LocalDate.of(2024, 4, 29)), "Monday: 3 on, 4 back");
    }

    @Test
    void daysOfTheMonthSkipMonthsTooShort() {
        Calendar.Partial the31st = new Calendar.Partial(null, null, 31, null);
        assertEquals("2024-03-31", Calendar.place(the31st, Direction.ON_OR_BEFORE, LocalDate.of(2024, 4, 24)));
        assertEquals("2024-05-31", Calendar.place(the31st, Direction.ON_OR_AFTER, LocalDate.of(2024, 4, 24)));
    }

    @Test
    void monthsAcrossTheYear() {
        Calendar.Partial december = new Calendar.Partial(null, 12, null, null);
        assertEquals("2023-12", Calendar.place(december, Direction.ON_OR_BEFORE, LocalDate.of(2024, 1, 5)));
        assertEquals("2024-12", Calendar.place(december, Direction.ON_OR_AFTER, LocalDate.of(2024, 1, 5)));
        assertEquals("2023-12", Calendar.place(december, Direction.NEAREST, LocalDate.of(2024, 1, 5)));
        assertEquals("2023-12", Calendar.place(december, Direction.BEFORE, LocalDate.of(2024, 12, 31)),
                "last December, written in December, is the year before");
    }

    @Test
    void readsOnlyDatesWithoutAYear() {
        assertEquals(Optional.of(new Calendar.Partial(DayOfWeek.MONDAY, null, null, null)), CALENDAR.read(List.of("Monday")));
        assertEquals(Optional.of(new Calendar.Partial(null, 5, 13, null)), CALENDAR.read(List.of("the", "13th", "of", "May")));
        assertEquals(Optional.of(new Calendar.Partial(null, 9, 11, null)), CALENDAR.read(List.of("Sept.", "11")));
        assertEquals(Optional.of(new Calendar.Partial(null, 5, null, Direction.BEFORE)), CALENDAR.read(List.of("last", "May")));
        assertEquals(Optional.of(new Calendar.Partial(DayOfWeek.FRIDAY, null, null, Direction.AFTER)), CALENDAR.read(List.of("next", "Friday")));
        assertEquals(Optional.empty(), CALENDAR.read(List.of("May", "2023")));
        assertEquals(Optional.empty(), CALENDAR.read(List.of("early", "May")));
        assertEquals(Optional.empty(), CALENDAR.read(List.of("last", "week")));
    }
}
