package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The driver's concurrent writes: results in task order, every task run, the first failure in task order. */
class ConcurrentTest {

  @Test
  void resultsComeInTaskOrderWhateverOrderTheyFinishIn() throws IOException {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    List<Concurrent.Task<String>> tasks = List.of(
        () -> {
          await(firstMayEnd);
          return "documents";
        },
        () -> {
          firstMayEnd.countDown(); // the second ends before the first
          return "records";
        },
        () -> "quarantine");
    assertThat(Concurrent.run("test", 3, tasks)).as("results in the order of the tasks")
        .containsExactly("documents", "records", "quarantine");
  }

  @Test
  void theTasksRunAtTheSameTime() throws IOException {
    CountDownLatch both = new CountDownLatch(2);
    Concurrent.Task<Boolean> meet = () -> {
      both.countDown();
      try {
        return both.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    };
    assertThat(Concurrent.run("test", 2, List.of(meet, meet))).as("each task saw the other start").containsExactly(true, true);
  }

  @Test
  void theFirstFailureInTaskOrderIsRethrownAfterEveryTaskHasRun() {
    Set<String> ran = ConcurrentHashMap.newKeySet();
    CountDownLatch secondFailed = new CountDownLatch(1);
    List<Concurrent.Task<String>> tasks = List.of(
        () -> {
          await(secondFailed); // fails later in time than the second task
          ran.add("a");
          throw new IOException("Cannot write documents: disk full");
        },
        () -> {
          ran.add("b");
          secondFailed.countDown();
          throw new IllegalStateException("second");
        },
        () -> {
          ran.add("c");
          return "c";
        });
    assertThatThrownBy(() -> Concurrent.run("test", 2, tasks)).as("the first task's failure, as thrown")
        .isInstanceOf(IOException.class).hasMessage("Cannot write documents: disk full");
    assertThat(ran).as("every task ran to its end").containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void oneThreadRunsTheTasksInOrderOnTheCallersThread() throws IOException {
    String caller = Thread.currentThread().getName();
    List<Concurrent.Task<String>> tasks = List.of(() -> Thread.currentThread().getName(), () -> "x");
    assertThat(Concurrent.run("test", 1, tasks)).as("run in place").containsExactly(caller, "x");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new UncheckedIOException(new IOException("latch timed out"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
