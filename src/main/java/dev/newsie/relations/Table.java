package dev.newsie.relations;

import java.util.ArrayList;
import java.util.List;

/** The tab-separated tables of models/: '#' comments, one row a line, every row the same number of columns. */
final class Table {
    private Table() {
    }

    record Row(String file, int line, String[] cells) {
        /** A required cell ('-' or empty is an error naming the file, line and column). */
        String cell(int i) {
            String value = i < cells.length ? cells[i].strip() : "";
            if (value.isEmpty() || value.equals("-")) {
                throw error("column " + (i + 1) + " is empty");
            }
            return value;
        }

        /** A cell that may be '-' or empty (null then). */
        String optional(int i) {
            String value = i < cells.length ? cells[i].strip() : "";
            return value.isEmpty() || value.equals("-") ? null : value;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ", line " + line + ": " + message);
        }
    }

    static List<Row> rows(List<String> lines, String file, int columns) {
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
