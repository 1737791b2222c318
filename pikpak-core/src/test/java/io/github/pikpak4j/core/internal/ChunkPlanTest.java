package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ChunkPlanTest {
  @Test
  void handsOutEveryPendingChunkOnceWithShrinkingSpans() {
    BitSet done = new BitSet();
    done.set(3);
    done.set(10, 12);
    ChunkPlan plan = new ChunkPlan(100L * 1000 + 7, 1000, done);
    assertThat(plan.chunks()).isEqualTo(101);
    BitSet seen = (BitSet) done.clone();
    int firstSpan = -1;
    int lastSpan = -1;
    ChunkPlan.Span s;
    while ((s = plan.next(2, 1000)) != null) {
      for (int i = s.first(); i <= s.last(); i++) {
        assertThat(seen.get(i)).isFalse();
        seen.set(i);
      }
      assertThat(s.start()).isEqualTo(s.first() * 1000L);
      assertThat(s.end()).isEqualTo(Math.min(100_007L, (s.last() + 1) * 1000L));
      int len = s.last() - s.first() + 1;
      firstSpan = firstSpan < 0 ? len : firstSpan;
      lastSpan = len;
    }
    assertThat(seen.cardinality()).isEqualTo(101);
    assertThat(firstSpan).isGreaterThan(1);
    assertThat(lastSpan).isEqualTo(1);
    assertThat(plan.doneBytes()).isEqualTo(3000);
  }
}
