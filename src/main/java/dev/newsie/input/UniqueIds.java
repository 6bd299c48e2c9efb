package dev.newsie.input;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids are unique within a run: a repeated id gets "#N", the smallest N from 2 that no earlier document of
 * the run holds, real ids included. Fed every document's id in input order.
 */
public final class UniqueIds {
    /** Every id given out, with the next #N to try when it comes again. */
    private final Map<String, Integer> given = new HashMap<>();

    /** The id the next document gets: {@code id} itself, unless an earlier document holds it. */
    public String unique(String id) {
        Integer next = given.putIfAbsent(id, 2);
        if (next == null) {
            return id;
        }
        int n = next;
        String unique = id + "#" + n;
        while (given.containsKey(unique)) {
            unique = id + "#" + ++n;
        }
        given.put(id, n + 1);
        given.put(unique, 2);
        return unique;
    }
}
