package dev.newsie.settings;

import java.util.ArrayList;
import java.util.List;

/** The tab-separated tables of models/: '#' comments, one row a line, every row the same number of columns. */
public final class ModelTable {
    private ModelTable() {
    }

    public record Row(String file, int line, String[] cells) {
        /** A required cell ('-' or empty is an error naming the file, line and column). */
        public String cell(int i) {
            String value = i < cells.length ? cells[i].strip() : "";
            if (value.isEmpty() || value.equals("-")) {
                throw error("column " + (i + 1) + " is empty");
            }
            return value;
        }

        /** A cell that may be '-' or empty (null then). */
        public String optional(int i) {
            String value = i < cells.length ? cells[i].strip() : "";
            return value.isEmpty() || value.equals("-") ? null : value;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ", line " + line + ": " + message);
        }
    }

    /** The rows of a table file ({@code file} names it in errors), each with exactly {@code columns} cells. */
    public static List<Row> rows(List<String> lines, String file, int columns) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(file, i + 1, cells);
            if (cells.length != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
            }
            rows.add(row);
        }
        return rows;
    }
}
