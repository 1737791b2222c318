package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.transfer.Cancellation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Which chunks of a download are done and which ranges are in flight, and the scheduler that hands ranges to the
 * workers so that they pay a request's latency as rarely as aria2c does. Thread-safe.
 *
 * <ul>
 *   <li>The pending chunks are first split evenly among the workers: one long range each (on a fresh download, one
 *       request per connection).
 *   <li>Work stealing: a worker whose range is done takes the tail of the range in flight that would finish last
 *       (remaining bytes over its measured rate); that range's end moves closer and its worker stops there.
 *   <li>The split point comes from the measured rates and first-byte latency: the thief starts one latency later,
 *       so the victim keeps {@code (L * rt * rv + R * rv) / (rv + rt)} of its remaining {@code R} bytes and both
 *       finish together. A split happens only when it brings the finish forward by more than {@link #MIN_SAVING_NANOS}
 *       plus two latencies (the cost of a new request and of the victim's dropped connection), so there is no churn
 *       of short requests, and a slow connection's range is cut down to what it can deliver in time: no long tail.
 *   <li>Workers with nothing to take wait while ranges are in flight (a range may become worth splitting when a
 *       connection slows down) and end when everything is done.
 * </ul>
 *
 * <p>Chunks (the unit of resume bookkeeping, whole GCID blocks) are still the unit of done-tracking and of split
 * points, so the state file and the GCID block digests work as before: a range always starts on a chunk boundary.
 */
final class ChunkPlan {
  /** A split must bring the finish forward by at least this much beyond two latencies (50 ms). */
  static final long MIN_SAVING_NANOS = 50_000_000L;
  /** A rate is trusted after this long of a response's body (200 ms). */
  static final long MIN_RATE_WINDOW_NANOS = 200_000_000L;
  /** A response with no byte for this long counts as stalled (1 s); before that, a silence is not a rate. */
  static final long STALL_NANOS = 1_000_000_000L;
  /** How long an idle worker waits before it looks for a range to split again (50 ms). */
  private static final long IDLE_WAIT_MILLIS = 50;
  /** Weight of a new latency sample in the running estimate. */
  private static final double LATENCY_WEIGHT = 0.3;

  private final long size;
  private final int chunkSize;
  private final int chunks;
  private final int workers;
  private final LongSupplier nanoTime;
  private final BitSet done;
  private final BitSet assigned;
  private final List<Lease> inFlight = new ArrayList<>();
  private int unassigned;
  private long latencyNanos = -1;
  private double finishedRateSum;
  private int finishedRates;
  private int requests;
  private int splits;

  /**
   * Creates the plan.
   *
   * @param size the content size
   * @param chunkSize the chunk size
   * @param done the chunks already done (resume)
   * @param workers the workers that will call {@link #next(Cancellation)}
   * @param nanoTime the monotonic clock rates and latencies are measured with
   */
  ChunkPlan(long size, int chunkSize, BitSet done, int workers, LongSupplier nanoTime) {
    this.size = size;
    this.chunkSize = chunkSize;
    this.chunks = (int) ((size + chunkSize - 1) / chunkSize);
    this.workers = workers;
    this.nanoTime = nanoTime;
    this.done = (BitSet) done.clone();
    this.done.clear(chunks, Math.max(chunks, this.done.length()));
    this.assigned = (BitSet) this.done.clone();
    this.unassigned = chunks - this.done.cardinality();
  }

  int chunks() {
    return chunks;
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

  synchronized BitSet doneSnapshot() {
    return (BitSet) done.clone();
  }

  /** Ranges handed out so far (each is at least one request). */
  synchronized int ranges() {
    return requests;
  }

  /** Ranges taken from another range in flight. */
  synchronized int splits() {
    return splits;
  }

  /**
   * Returns the next range for a worker: a share of the pending chunks, else the tail of the range in flight that
   * would finish last when splitting it pays; waits while ranges are in flight and none is worth splitting. Returns
   * {@code null} when nothing is left to fetch or the download is cancelled.
   *
   * @param cancel ends the wait
   * @param previous the worker's previous range (released), whose rate is the worker's own, or {@code null}
   */
  synchronized @Nullable Lease next(Cancellation cancel, @Nullable Lease previous) {
    while (!cancel.isCancelled()) {
      Lease lease = tryNext(previous);
      if (lease != null || inFlight.isEmpty()) {
        return lease;
      }
      try {
        wait(IDLE_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel.cancel();
      }
    }
    return null;
  }

  /**
   * Returns the next range if there is one to take now, without waiting.
   *
   * @param previous the worker's previous range (released), or {@code null}
   */
  synchronized @Nullable Lease tryNext(@Nullable Lease previous) {
    Lease lease = unassigned > 0 ? claim() : steal(previous == null ? 0 : previous.finalRate);
    if (lease != null) {
      requests++;
      inFlight.add(lease);
    }
    return lease;
  }

  /** Takes an even share of the pending chunks among the workers without a range, from the first pending run. */
  private Lease claim() {
    int idle = Math.max(1, workers - inFlight.size());
    int want = (unassigned + idle - 1) / idle;
    int first = assigned.nextClearBit(0);
    int end = first;
    while (end < chunks && end - first < want && !assigned.get(end)) {
      end++;
    }
    assigned.set(first, end);
    unassigned -= end - first;
    return new Lease(first, end);
  }

  /**
   * Splits the range in flight that would finish last, when that pays; null otherwise. The split point minimises the
   * finish: the victim's estimated finish at its rate against the thief's (one latency, then its rate), over the
   * chunk boundaries next to the balanced point and the start of the victim's current chunk (the victim stops at
   * once and the thief fetches that chunk again: worth it when the victim is measured far slower or stalled; never on
   * a guess).
   *
   * @param ownRate the thief's rate on its previous range, 0 when not measured (the typical rate is used)
   */
  private @Nullable Lease steal(double ownRate) {
    long now = nanoTime.getAsLong();
    double typical = typicalRate(now);
    double latency = Math.max(0, latencyNanos) / 1e9;
    Lease victim = null;
    double longest = 0;
    for (Lease l : inFlight) {
      double seconds = l.remaining(now) / expectedRate(l, now, typical);
      if (l.respondedNanos < 0) {
        seconds += latency; // its response has not begun yet
      }
      if (l.remaining(now) > 0 && (victim == null || seconds > longest)) {
        victim = l;
        longest = seconds;
      }
    }
    if (victim == null) {
      return null;
    }
    double rv = victim.rate(now) >= 0 ? expectedRate(victim, now, typical) : typical;
    double rt = ownRate > 0 ? ownRate : typical;
    long at = victim.estimatedPosition(now);
    long end = victim.end();
    int firstWhole = (int) Math.min(victim.endChunk, (at + chunkSize - 1) / chunkSize);
    int best = -1;
    boolean started = victim.respondedNanos >= 0;
    boolean measured = victim.rate(now) >= 0;
    if (rv <= 0 || rt <= 0) {
      // nothing measured yet: halve what is left, like aria2c
      best = (int) Math.max(firstWhole, (at + (end - at) / 2) / chunkSize);
    } else {
      double keep = (latency * rt * rv + (end - at) * rv) / (rv + rt); // both finish together
      long balanced = at + (long) keep;
      int[] candidates = {victim.nextChunk, (int) (balanced / chunkSize), (int) ((balanced + chunkSize - 1) / chunkSize)};
      double bestFinish = (started ? 0 : latency) + (end - at) / rv; // no split
      for (int c : candidates) {
        // taking all the victim has left (its current chunk fetched again when begun) needs a measured slow rate
        boolean whole = c == victim.nextChunk;
        if (c < victim.nextChunk || c >= victim.endChunk || (c < firstWhole && c != victim.nextChunk)
            || (whole && !measured)) {
          continue;
        }
        double victimFinish = c < firstWhole ? 0 : (chunkStart(c) - at) / rv;
        double finish = Math.max(victimFinish, latency + (end - chunkStart(c)) / rt);
        if (finish < bestFinish) {
          bestFinish = finish;
          best = c;
        }
      }
      double saved = (end - at) / rv - bestFinish;
      if (best < 0 || saved * 1e9 < MIN_SAVING_NANOS + 2 * Math.max(0, latencyNanos)) {
        return null;
      }
    }
    // without a measured slow rate the victim keeps at least its current chunk (else idle workers could pass ranges
    // around without fetching them)
    if (best < (measured ? victim.nextChunk : victim.nextChunk + 1) || best >= victim.endChunk) {
      return null;
    }
    Lease thief = new Lease(best, victim.endChunk);
    victim.endChunk = best;
    splits++;
    return thief;
  }

  /**
   * The typical per-connection rate, bytes per second: the mean over the measured ranges in flight and the ranges
   * finished so far; 0 when nothing is measured yet.
   */
  private double typicalRate(long now) {
    double sum = 0;
    int n = 0;
    for (Lease l : inFlight) {
      double r = l.rate(now);
      if (r > 0) {
        sum += r;
        n++;
      }
    }
    n += finishedRates;
    return n > 0 ? (sum + finishedRateSum) / n : 0;
  }

  /** A range's measured rate (a stalled one counts as 1 byte/s), else the typical rate, else 1 byte/s. */
  private static double expectedRate(Lease l, long now, double typical) {
    double r = l.rate(now);
    return r >= 0 ? Math.max(1, r) : typical > 0 ? typical : 1;
  }

  /** A range in flight: chunks {@code [first, endChunk)}, whose end moves closer when another worker takes its tail. */
  final class Lease implements RangeFetcher.Extent {
    private final int first;
    /** Written under the plan's lock, read without it by the fetching worker. */
    private volatile int endChunk;
    private int nextChunk;
    private long position;
    private long respondedNanos = -1;
    private long respondedPosition;
    private long advancedNanos = -1;
    private boolean released;
    private double finalRate;

    private Lease(int first, int endChunk) {
      this.first = first;
      this.endChunk = endChunk;
      this.nextChunk = first;
      this.position = chunkStart(first);
    }

    /** The first byte. */
    long start() {
      return chunkStart(first);
    }

    @Override
    public long end() {
      return chunkEnd(endChunk - 1);
    }

    @Override
    public void responded(long at, long waitedNanos) {
      synchronized (ChunkPlan.this) {
        latencyNanos = latencyNanos < 0
            ? waitedNanos
            : (long) (LATENCY_WEIGHT * waitedNanos + (1 - LATENCY_WEIGHT) * latencyNanos);
        respondedNanos = nanoTime.getAsLong();
        advancedNanos = respondedNanos;
        respondedPosition = at;
        position = at;
      }
    }

    /**
     * Records that the bytes up to {@code at} are written and marks the chunks they complete as done.
     *
     * @return whether a chunk became done
     */
    boolean advanced(long at) {
      synchronized (ChunkPlan.this) {
        position = at;
        advancedNanos = nanoTime.getAsLong();
        boolean marked = false;
        while (nextChunk < endChunk && at >= chunkEnd(nextChunk)) {
          done.set(nextChunk++);
          marked = true;
        }
        return marked;
      }
    }

    /** Ends the range: chunks it did not complete (after a failure) become pending again. Idempotent. */
    void release() {
      synchronized (ChunkPlan.this) {
        if (released) {
          return;
        }
        released = true;
        finalRate = rate(nanoTime.getAsLong());
        if (finalRate > 0) {
          finishedRateSum += finalRate;
          finishedRates++;
        }
        inFlight.remove(this);
        for (int i = nextChunk; i < endChunk; i++) {
          if (!done.get(i)) {
            assigned.clear(i);
            unassigned++;
          }
        }
        ChunkPlan.this.notifyAll();
      }
    }

    /**
     * Where the worker is now: it reports after each fill of up to {@link RangeFetcher#BUFFER} bytes, so add what
     * its rate delivered since, up to one fill. Caller holds the plan's lock.
     */
    private long estimatedPosition(long now) {
      double rate = rate(now);
      long since = advancedNanos < 0 || rate <= 0 ? 0 : (long) (rate * (now - advancedNanos) / 1e9);
      return Math.min(Math.max(position, chunkEnd(endChunk - 1)), position + Math.min(since, RangeFetcher.BUFFER));
    }

    /** Bytes not yet received (estimated); caller holds the plan's lock. */
    private long remaining(long now) {
      return Math.max(0, chunkEnd(endChunk - 1) - estimatedPosition(now));
    }

    /**
     * Bytes per second since the response began; -1 until measured for {@link #MIN_RATE_WINDOW_NANOS} (or, while
     * nothing arrived, for {@link #STALL_NANOS}), 0 when stalled (no progress for {@link #STALL_NANOS}). Caller holds
     * the plan's lock.
     */
    private double rate(long now) {
      long elapsed = now - respondedNanos;
      if (respondedNanos < 0 || elapsed < MIN_RATE_WINDOW_NANOS
          || (position <= respondedPosition && elapsed < STALL_NANOS)) {
        return -1;
      }
      if (now - advancedNanos >= STALL_NANOS) {
        return 0; // a fill reports after 50 ms when any byte came: nothing came for a second
      }
      return Math.max(0, position - respondedPosition) * 1e9 / elapsed;
    }
  }
}
