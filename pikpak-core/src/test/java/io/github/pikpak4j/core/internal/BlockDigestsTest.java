package io.github.pikpak4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pikpak4j.core.hash.Gcid;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockDigestsTest {
  private static final int BLOCK = Gcid.MIN_BLOCK_SIZE;
  /** 40 blocks and a partial one: the block size the reference rule picks for this size is {@link #BLOCK}. */
  private static final int SIZE = 40 * BLOCK + 12_345;

  @TempDir Path dir;

  @Test
  void blocksHashedOutOfOrderOnSeveralThreadsGiveTheReferenceGcid() throws Exception {
    assertEquals(BLOCK, Gcid.blockSize(SIZE, Gcid.DEFAULT_RULE));
    byte[] content = new byte[SIZE];
    new Random(16).nextBytes(content);
    Path file = Files.write(dir.resolve("content.bin"), content);

    // Spans of 1 to 4 blocks start on block boundaries, shuffled, fed by 4 threads in uneven pieces. Block 7 is never
    // fed and the span at block 20 stops mid-block (a failed range): finish reads those back from the file.
    List<long[]> spans = new ArrayList<>();
    Random random = new Random(4);
    for (int b = 0; b * (long) BLOCK < SIZE; ) {
      int blocks = 1 + random.nextInt(4);
      long start = (long) b * BLOCK;
      long end = Math.min(SIZE, start + (long) blocks * BLOCK);
      if (b == 7) {
        end = start;
        blocks = 1;
      } else if (b <= 20 && 20 < b + blocks) {
        end = 20L * BLOCK + BLOCK / 3;
      }
      spans.add(new long[] {start, end});
      b += blocks;
    }
    Collections.shuffle(spans, new Random(5));

    String gcid;
    try (BlockDigests digests = new BlockDigests(SIZE, BLOCK, 3)) {
      ExecutorService workers = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> fed = new ArrayList<>();
        for (long[] span : spans) {
          fed.add(workers.submit(() -> feed(digests, content, span[0], span[1], new Random(span[0]))));
        }
        for (Future<?> f : fed) {
          f.get();
        }
      } finally {
        workers.shutdown();
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        gcid = digests.finish(channel);
      }
    }
    assertEquals(Gcid.of(content).toUpperCase(Locale.ROOT), gcid);
  }

  private static void feed(BlockDigests digests, byte[] content, long start, long end, Random random) {
    BlockDigests.Feeder feeder = digests.feeder(start);
    long at = start;
    while (at < end) {
      int len = (int) Math.min(end - at, 1 + random.nextInt(100_000));
      feeder.update(at, ByteBuffer.wrap(content, (int) at, len));
      at += len;
    }
  }
}
