package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateExtractorTest {
    @Test
    void lastMonthNameIsTheMostRecentSuchMonth() {
        assertEquals("2024-05", DateExtractor.lastMonthName("last May", "2023-05", "2024-06-14"));
        assertEquals("2023-09", DateExtractor.lastMonthName("last September", "2023-09", "2024-06-14"));
        assertEquals("2023-05", DateExtractor.lastMonthName("May 2023", "2023-05", "2024-06-14"));
        assertEquals("2024-06-13", DateExtractor.completeWithDocDate("XXXX-XX-13", "2024-06-14"));
    }
}
