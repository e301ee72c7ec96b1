package dev.posttrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

  @Test
  void writesRunSideBySide() {
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> met = new CopyOnWriteArrayList<>();
    ConcurrentWrites writes = new ConcurrentWrites(2);
    for (int i = 0; i < 2; i++) {
      writes.submit(
          () -> {
            both.countDown();
            try {
              met.add(both.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    writes.awaitAll();
    assertEquals(List.of(true, true), met, "each write saw the other running");
  }

  @Test
  void oneThreadWritesInSubmissionOrder() {
    List<Integer> order = new CopyOnWriteArrayList<>();
    ConcurrentWrites writes = new ConcurrentWrites(1);
    for (int i = 0; i < 5; i++) {
      int n = i;
      writes.submit(() -> order.add(n));
    }
    writes.awaitAll();
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void aFailureIsThrownOnlyOnceEveryWriteEnded() {
    IllegalStateException boom = new IllegalStateException("disk full");
    AtomicBoolean slowEnded = new AtomicBoolean();
    ConcurrentWrites writes = new ConcurrentWrites(2);
    writes.submit(
        () -> {
          throw boom;
        });
    writes.submit(
        () -> {
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          slowEnded.set(true);
        });
    RuntimeException thrown = assertThrows(RuntimeException.class, writes::awaitAll);
    assertSame(boom, thrown, "the write's own exception, not a wrapper");
    assertTrue(slowEnded.get(), "the other write was not left running into an aborted folder");
  }

  @Test
  void theFirstSubmittedFailureWins() {
    ConcurrentWrites writes = new ConcurrentWrites(2);
    writes.submit(
        () -> {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          throw new IllegalArgumentException("first");
        });
    writes.submit(
        () -> {
          throw new IllegalStateException("second");
        });
    assertEquals("first", assertThrows(RuntimeException.class, writes::awaitAll).getMessage());
  }

  @Test
  void errorsStayErrors() {
    ConcurrentWrites writes = new ConcurrentWrites(1);
    writes.submit(
        () -> {
          throw new OutOfMemoryError("Java heap space");
        });
    assertThrows(OutOfMemoryError.class, writes::awaitAll);
  }

  @Test
  void threadsMustBePositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ConcurrentWrites(0));
    assertTrue(e.getMessage().contains(ConcurrentWrites.THREADS_PROPERTY));
  }
}
