package dev.newsie.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on N threads and hands the results on in input order.
 * At most a few items per thread are in flight, so memory stays flat however long the stream is.
 */
public final class OrderedParallelRunner {
    private OrderedParallelRunner() {
    }

    public static <I, O> void run(Iterator<I> items, Function<I, O> work, Consumer<O> sink, int threads) {
        int window = Math.max(2, threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsie-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                I item = items.next();
                inFlight.addLast(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
