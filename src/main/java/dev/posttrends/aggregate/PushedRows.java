package dev.posttrends.aggregate;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;

/**
 * The iterator the one-pass adapters return: it feeds input rows to a builder until the builder has
 * emitted output rows (through {@link #emit}), hands those out, and finishes the builder once the
 * input ends. Only the rows of one key wait in memory.
 */
final class PushedRows implements Iterator<Row> {

  private final ArrayDeque<Row> pending = new ArrayDeque<>();
  private final Iterator<Row> input;
  private Consumer<Row> feed;
  private Runnable finish;
  private boolean finished;

  PushedRows(Iterator<Row> input) {
    this.input = input;
  }

  /** An output row of the builder. */
  void emit(Row row) {
    pending.add(row);
  }

  /** Sets what each input row is fed to and what ends the builder; returns this iterator. */
  PushedRows feeding(Consumer<Row> feed, Runnable finish) {
    this.feed = feed;
    this.finish = finish;
    return this;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !finished) {
      if (input.hasNext()) {
        feed.accept(input.next());
      } else {
        finish.run();
        finished = true;
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }
}
