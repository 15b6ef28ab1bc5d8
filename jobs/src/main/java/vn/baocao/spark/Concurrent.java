package vn.baocao.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a few independent driver tasks (each submitting its own Spark jobs) at the same time.
 * A Spark job costs the driver planning and scheduling time whatever its size; on a small
 * input that is most of a write, and while one table's job is being planned the executors can
 * run another's tasks.
 */
public final class Concurrent {
  private Concurrent() {}

  /** A driver task; it may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Task<T> {
    T call() throws IOException;
  }

  /**
   * Runs {@code tasks} on at most {@code threads} daemon threads called {@code name} and returns
   * their results in task order. Every task runs to its end; then the first failure in task
   * order (not in time order, so a rerun reports the same one) is rethrown as it was thrown.
   */
  public static <T> List<T> run(String name, int threads, List<Task<T>> tasks) throws IOException {
    if (tasks.size() <= 1 || threads <= 1) {
      List<T> out = new ArrayList<>(tasks.size());
      for (Task<T> t : tasks) {
        out.add(t.call());
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Task<T> t : tasks) {
        futures.add(pool.submit(t::call));
      }
      List<T> out = new ArrayList<>(tasks.size());
      Throwable first = null;
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          out.add(null);
          if (first == null) {
            first = e.getCause();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for " + name, e);
        }
      }
      if (first instanceof IOException io) {
        throw io;
      }
      if (first instanceof RuntimeException re) {
        throw re;
      }
      if (first instanceof Error err) {
        throw err;
      }
      if (first != null) {
        throw new IllegalStateException(first);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
