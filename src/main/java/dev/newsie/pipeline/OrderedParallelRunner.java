package dev.newsie.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on N threads and hands the results on in input order.
 * At most a few items per thread are in flight, so memory stays flat however long the stream is.
 * An item that runs longer than the time limit is given up: its slot goes to the next item and
 * {@code onTimeout} supplies its result (CoreNLP cannot be stopped mid-sentence; the abandoned
 * thread finishes on its own and its result is dropped).
 */
public final class OrderedParallelRunner {
    private static final long POLL_MILLIS = 50;

    private OrderedParallelRunner() {
    }

    public static <I, O> void run(Iterator<I> items, Function<I, O> work, Consumer<O> sink, int threads) {
        run(items, work, item -> {
            throw new IllegalStateException("no time limit was set");
        }, Duration.ZERO, sink, threads);
    }

    /** As {@link #run(Iterator, Function, Consumer, int)}, with a per-item time limit ({@code Duration.ZERO}: none). */
    public static <I, O> void run(Iterator<I> items, Function<I, O> work, Function<I, O> onTimeout, Duration limit,
                                  Consumer<O> sink, int threads) {
        int window = Math.max(2, threads * 4);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsie-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore slots = new Semaphore(threads);
        Deque<Task<I, O>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                I item = items.next();
                while (!slots.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    emitHead(inFlight, onTimeout, limit, sink, slots, false);
                }
                Task<I, O> task = new Task<>(item);
                task.future = pool.submit(() -> {
                    task.startedNanos = System.nanoTime();
                    try {
                        return work.apply(item);
                    } finally {
                        task.releaseSlot(slots);
                    }
                });
                inFlight.addLast(task);
                while (!inFlight.isEmpty() && (inFlight.peekFirst().future.isDone() || inFlight.size() >= window)) {
                    emitHead(inFlight, onTimeout, limit, sink, slots, true);
                }
            }
            while (!inFlight.isEmpty()) {
                emitHead(inFlight, onTimeout, limit, sink, slots, true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Emits the oldest item's result if it is ready (or, when {@code wait}, once it is), or its timeout result. */
    private static <I, O> void emitHead(Deque<Task<I, O>> inFlight, Function<I, O> onTimeout, Duration limit, Consumer<O> sink,
                                        Semaphore slots, boolean wait) throws InterruptedException {
        Task<I, O> head = inFlight.peekFirst();
        if (head == null) {
            return;
        }
        do {
            try {
                O result = head.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                inFlight.removeFirst();
                sink.accept(result);
                return;
            } catch (TimeoutException e) {
                if (head.overdue(limit)) {
                    head.future.cancel(true);
                    head.releaseSlot(slots);
                    inFlight.removeFirst();
                    sink.accept(onTimeout.apply(head.item));
                    return;
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
        } while (wait);
    }

    private static final class Task<I, O> {
        final I item;
        final AtomicBoolean slotReleased = new AtomicBoolean();
        volatile long startedNanos;
        volatile Future<O> future;

        Task(I item) {
            this.item = item;
        }

        boolean overdue(Duration limit) {
            long started = startedNanos;
            return !limit.isZero() && started != 0 && System.nanoTime() - started > limit.toNanos();
        }

        void releaseSlot(Semaphore slots) {
            if (slotReleased.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
