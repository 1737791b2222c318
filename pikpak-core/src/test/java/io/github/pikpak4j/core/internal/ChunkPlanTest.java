package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.transfer.Cancellation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChunkPlanTest {
  private static final int MIB = 1 << 20;
  private static final long MS = 1_000_000L;

  private final AtomicLong now = new AtomicLong(1_000 * MS);

  private ChunkPlan plan(long size, int chunk, BitSet done, int workers) {
    return new ChunkPlan(size, chunk, done, workers, now::get);
  }

  /** Plays the start of one response of a lease: headers after {@code latencyMs}, then {@code bytes}. */
  private void deliver(ChunkPlan.Lease lease, long from, long bytes, long latencyMs) {
    lease.responded(from, latencyMs * MS);
    lease.advanced(from + bytes);
  }

  @Test
  void freshDownloadGivesEachWorkerOneEvenRange() {
    ChunkPlan plan = plan(100L * MIB, MIB, new BitSet(), 4);
    List<ChunkPlan.Lease> leases = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      leases.add(plan.tryNext(null));
    }
    for (int i = 0; i < 4; i++) {
      assertThat(leases.get(i).start()).isEqualTo(i * 25L * MIB);
      assertThat(leases.get(i).end()).isEqualTo((i + 1) * 25L * MIB);
    }
    assertThat(plan.ranges()).isEqualTo(4);
    // nothing is pending and nothing is measured worth splitting yet: halves of the longest, like aria2c
    ChunkPlan.Lease fifth = plan.tryNext(null);
    assertThat(fifth).isNotNull();
    assertThat(plan.splits()).isEqualTo(1);
  }

  @Test
  void resumedDownloadHandsOutEveryPendingChunkOnceAroundTheDoneOnes() {
    BitSet done = new BitSet();
    done.set(3);
    done.set(10, 12);
    ChunkPlan plan = plan(100L * 1000 + 7, 1000, done, 2);
    BitSet seen = (BitSet) done.clone();
    ChunkPlan.Lease l;
    while ((l = plan.tryNext(null)) != null && plan.splits() == 0) {
      for (long p = l.start(); p < l.end(); p += 1000) {
        int chunk = (int) (p / 1000);
        assertThat(seen.get(chunk)).as("chunk %d", chunk).isFalse();
        seen.set(chunk);
      }
      l.advanced(l.end());
      l.release();
    }
    assertThat(seen.cardinality()).isEqualTo(101);
    assertThat(plan.doneBytes()).isEqualTo(100_007);
  }

  @Test
  void aFinishedWorkerTakesMostOfASlowRangeSoBothFinishTogether() {
    ChunkPlan plan = plan(64L * MIB, MIB, new BitSet(), 2);
    ChunkPlan.Lease slow = plan.tryNext(null);
    ChunkPlan.Lease fast = plan.tryNext(null);
    // 100 ms first-byte latency; after 8 s the fast one (4.2 MB/s) has its 32 MiB, the slow one (1 MB/s) 8 MB
    deliver(slow, 0, 0, 100);
    deliver(fast, 32L * MIB, 0, 100);
    now.addAndGet(8_000 * MS);
    slow.advanced(8_000_000);
    fast.advanced(64L * MIB);
    fast.release();
    ChunkPlan.Lease thief = plan.tryNext(fast);
    assertThat(thief).isNotNull();
    assertThat(plan.splits()).isEqualTo(1);
    // balanced point: the slow one keeps (L * rt * rv + R * rv) / (rv + rt) = 5.0 MB of its 25.6 MB, so the split
    // lands at 13.0 MB, between chunks 12 and 13; at 12 MiB both finish by 5.1 s, at 13 MiB the slow one needs 5.6 s
    assertThat(slow.end()).isEqualTo(12L * MIB);
    assertThat(thief.start()).isEqualTo(12L * MIB);
    assertThat(thief.end()).isEqualTo(32L * MIB);
    // the thief takes about four fifths of the slow range's rest: it runs about four times as fast
    assertThat((double) (thief.end() - thief.start()) / (32L * MIB - 8_000_000)).isBetween(0.75, 0.85);
  }

  @Test
  void aStalledRangeIsTakenWholeFromItsCurrentChunk() {
    ChunkPlan plan = plan(8L * MIB, MIB, new BitSet(), 2);
    ChunkPlan.Lease stalled = plan.tryNext(null);
    ChunkPlan.Lease fast = plan.tryNext(null);
    deliver(stalled, 0, 0, 20);
    deliver(fast, 4L * MIB, 0, 20);
    stalled.advanced(MIB + 1000); // then silence
    now.addAndGet(2_000 * MS);
    fast.advanced(8L * MIB);
    fast.release();
    ChunkPlan.Lease thief = plan.tryNext(fast);
    // the stalled range stops where its last whole chunk ends; the thief fetches its partial chunk again
    assertThat(stalled.end()).isEqualTo(MIB);
    assertThat(thief.start()).isEqualTo(MIB);
    assertThat(thief.end()).isEqualTo(4L * MIB);
    assertThat(plan.doneSnapshot().get(0)).isTrue();
    assertThat(plan.doneSnapshot().get(1)).isFalse();
  }

  /**
   * Two workers at 400 ms latency over {@code size}: after 1 s the first has 2 MiB of its half, the second has
   * finished its half; returns the first's end after the second asks for more.
   */
  private long endAfterTheSecondFinishes(long size) {
    ChunkPlan plan = plan(size, MIB, new BitSet(), 2);
    ChunkPlan.Lease a = plan.tryNext(null);
    ChunkPlan.Lease b = plan.tryNext(null);
    deliver(a, 0, 0, 400);
    deliver(b, size / 2, 0, 400);
    now.addAndGet(1_000 * MS);
    a.advanced(2L * MIB);
    b.advanced(size);
    b.release();
    ChunkPlan.Lease next = plan.tryNext(b);
    assertThat(next == null).isEqualTo(a.end() == size / 2);
    return a.end();
  }

  @Test
  void noSplitWhenItWouldSaveLessThanTwoLatenciesAndAMargin() {
    // 3 MiB left at 2.1 MB/s (1.5 s): the best split (at 3 MiB, against a thief at 5.2 MB/s that starts 0.4 s later)
    // would finish at 0.8 s, saving 0.7 s, under the 850 ms that two 400 ms latencies and the margin cost
    assertThat(endAfterTheSecondFinishes(10L * MIB)).isEqualTo(5L * MIB);
    // with 20 MiB left at the same rate the split pays
    assertThat(endAfterTheSecondFinishes(44L * MIB)).isLessThan(22L * MIB);
  }

  @Test
  void aRangeWithoutAMeasuredRateKeepsItsCurrentChunkSoIdleWorkersCannotPassItAround() {
    ChunkPlan plan = plan(2L * MIB, MIB, new BitSet(), 2);
    ChunkPlan.Lease a = plan.tryNext(null);
    ChunkPlan.Lease b = plan.tryNext(null);
    a.responded(0, MS);
    b.responded(MIB, MS);
    b.advanced(2L * MIB); // done before any rate could be measured
    b.release();
    assertThat(plan.tryNext(b)).isNull();
    assertThat(a.end()).isEqualTo(MIB);
    assertThat(plan.splits()).isZero();
  }

  @Test
  void aFailedRangeGivesItsUnfinishedChunksBackAndIdleWorkersStopWhenAllIsDone() {
    ChunkPlan plan = plan(10L * MIB, MIB, new BitSet(), 1);
    ChunkPlan.Lease only = plan.tryNext(null);
    assertThat(only.end()).isEqualTo(10L * MIB);
    only.responded(0, MS);
    only.advanced(3L * MIB + 5);
    only.release(); // a failure: chunks 3..9 are pending again, 0..2 stay done
    assertThat(plan.doneSnapshot().cardinality()).isEqualTo(3);
    ChunkPlan.Lease again = plan.next(new Cancellation(), only);
    assertThat(again.start()).isEqualTo(3L * MIB);
    assertThat(again.end()).isEqualTo(10L * MIB);
    again.advanced(10L * MIB);
    again.release();
    assertThat(plan.next(new Cancellation(), again)).isNull();
    assertThat(plan.doneBytes()).isEqualTo(10L * MIB);
  }
}
