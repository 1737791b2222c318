package io.github.pikpak4j.core.internal;

import java.util.BitSet;

/**
 * Which chunks of a download are done and which are handed out. Spans are handed out by guided self-scheduling: a
 * share of the unassigned chunks proportional to what is left (half of an even split among the workers), so early
 * requests are long and the tail is cut fine. Thread-safe.
 */
final class ChunkPlan {
  /** A contiguous run of chunks {@code [first, last]} covering bytes {@code [start, end)}. */
  record Span(int first, int last, long start, long end) {}

  private final long size;
  private final int chunkSize;
  private final int chunks;
  private final BitSet done;
  private final BitSet assigned;
  private int unassigned;
  private int cursor;

  ChunkPlan(long size, int chunkSize, BitSet done) {
    this.size = size;
    this.chunkSize = chunkSize;
    this.chunks = (int) ((size + chunkSize - 1) / chunkSize);
    this.done = (BitSet) done.clone();
    this.done.clear(chunks, Math.max(chunks, this.done.length()));
    this.assigned = (BitSet) this.done.clone();
    this.unassigned = chunks - this.done.cardinality();
  }

  int chunks() {
    return chunks;
  }

  int chunkSize() {
    return chunkSize;
  }

  long chunkStart(int i) {
    return (long) i * chunkSize;
  }

  long chunkEnd(int i) {
    return Math.min(size, (long) (i + 1) * chunkSize);
  }

  synchronized long doneBytes() {
    long n = 0;
    for (int i = done.nextSetBit(0); i >= 0 && i < chunks; i = done.nextSetBit(i + 1)) {
      n += chunkEnd(i) - chunkStart(i);
    }
    return n;
  }

  synchronized boolean complete() {
    return done.cardinality() >= chunks;
  }

  synchronized BitSet doneSnapshot() {
    return (BitSet) done.clone();
  }

  synchronized void markDone(int chunk) {
    done.set(chunk);
  }

  /**
   * Hands out the next span, or {@code null} when every chunk is assigned.
   *
   * @param workers the number of workers sharing the plan
   * @param maxChunks the longest span in chunks
   */
  synchronized ChunkPlan.Span next(int workers, int maxChunks) {
    if (unassigned == 0) {
      return null;
    }
    int first = assigned.nextClearBit(cursor);
    if (first >= chunks) {
      first = assigned.nextClearBit(0);
    }
    int want = Math.max(1, Math.min(maxChunks, unassigned / (2 * workers)));
    int last = first;
    while (last + 1 < chunks && last - first + 1 < want && !assigned.get(last + 1)) {
      last++;
    }
    assigned.set(first, last + 1);
    unassigned -= last - first + 1;
    cursor = last + 1;
    return new Span(first, last, chunkStart(first), chunkEnd(last));
  }
}
