package dev.posttrends.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent table writes as concurrent Spark jobs of one session. A small table's job spends
 * most of its time on the driver (planning, code generation, scheduling, committing) with the cores
 * idle; a large one has a tail of a few running tasks. Writing the tables side by side fills both
 * gaps. Spark's scheduler is thread-safe: each thread's job gets cores as the other's tasks leave
 * them free.
 *
 * <p>{@link #awaitAll()} waits for every write, also after one failed, so no job still writes into
 * a staging folder being aborted; then it throws the first failure. The number of threads is the
 * system property {@value #THREADS_PROPERTY} (default {@value #DEFAULT_THREADS}); 1 writes the
 * tables one after the other, in the order they were submitted.
 */
public final class ConcurrentWrites {

  public static final String THREADS_PROPERTY = "posttrends.writeThreads";
  public static final int DEFAULT_THREADS = 3;

  private final ExecutorService pool;
  private final List<Future<?>> pending = new ArrayList<>();

  public ConcurrentWrites() {
    this(Integer.getInteger(THREADS_PROPERTY, DEFAULT_THREADS));
  }

  public ConcurrentWrites(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException(THREADS_PROPERTY + " must be at least 1, not " + threads);
    }
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "posttrends-write");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts {@code write} on a free thread (or queues it). */
  public void submit(Runnable write) {
    pending.add(pool.submit(write));
  }

  /** Waits for every submitted write; throws the first failure once all have ended. */
  public void awaitAll() {
    Throwable first = null;
    try {
      for (Future<?> f : pending) {
        try {
          f.get();
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
          first = first == null ? e : first;
          break;
        }
      }
    } finally {
      pending.clear();
      pool.shutdown();
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error err) {
      throw err;
    }
    if (first != null) {
      throw new IllegalStateException("A table write failed: " + first, first);
    }
  }

  /**
   * {@code compute}'s value, computed by the first caller only; later callers wait for it. For a
   * plan or a small result that several concurrent writes need.
   */
  public static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }
}
