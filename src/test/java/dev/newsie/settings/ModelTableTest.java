package dev.newsie.settings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelTableTest {
    @Test
    void rowsSkipCommentsAndBlankLinesAndKeepTheirLineNumbers() {
        List<ModelTable.Row> rows = ModelTable.rows(List.of("# a comment", "it\tsingular", "", "they\t-"), "x.tsv", 2);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("singular", rows.get(0).cell(1));
        assertEquals(4, rows.get(1).line());
        assertNull(rows.get(1).optional(1));
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelTable.rows(List.of("it\tsingular", "they"), "x.tsv", 2));
        assertEquals("x.tsv, line 2: expected 2 tab-separated columns, found 1", e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> ModelTable.rows(List.of("it\t-"), "x.tsv", 2).get(0).cell(1));
        assertEquals("x.tsv, line 1: column 2 is empty", empty.getMessage());
    }
}
