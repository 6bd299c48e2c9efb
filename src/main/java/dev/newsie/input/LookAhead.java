package dev.newsie.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that finds its next element ahead of time: subclasses say only how to compute it (null: no more). */
public abstract class LookAhead<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next element, or null when there is none. */
    protected abstract T computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T n = next;
        next = null;
        return n;
    }
}
