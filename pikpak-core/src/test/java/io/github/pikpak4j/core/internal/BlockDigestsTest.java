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
    // the file starts zeroed; each piece is written before its feeder is told, as the download does
    Path file = Files.write(dir.resolve("content.bin"), new byte[SIZE]);

    // Spans of 1 to 4 blocks start on block boundaries, shuffled, fed by 4 threads in uneven pieces. Block 7 is never
    // fed and the span at block 20 stops mid-block (a failed range): finish reads those back from the file.
    List<long[]> spans = new ArrayList<>();
    List<long[]> unfed = new ArrayList<>();
    Random random = new Random(4);
    for (int b = 0; b * (long) BLOCK < SIZE; ) {
      int blocks = 1 + random.nextInt(4);
      long start = (long) b * BLOCK;
      long end = Math.min(SIZE, start + (long) blocks * BLOCK);
      if (b == 7) {
        blocks = 1;
        end = start;
        unfed.add(new long[] {start, start + BLOCK});
      } else if (b <= 20 && 20 < b + blocks) {
        unfed.add(new long[] {20L * BLOCK + BLOCK / 3, end});
        end = 20L * BLOCK + BLOCK / 3;
      }
      spans.add(new long[] {start, end});
      b += blocks;
    }
    Collections.shuffle(spans, new Random(5));

    String gcid;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        BlockDigests digests = new BlockDigests(SIZE, BLOCK, 3, channel)) {
      ExecutorService workers = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> fed = new ArrayList<>();
        for (long[] span : spans) {
          fed.add(workers.submit(() -> feed(digests, channel, content, span[0], span[1], new Random(span[0]))));
        }
        for (Future<?> f : fed) {
          f.get();
        }
      } finally {
        workers.shutdown();
      }
      // what no feeder wrote arrives later (a resumed run): finish reads those blocks back
      assertEquals(2, unfed.size());
      unfed.forEach(range -> write(channel, content, range[0], range[1]));
      gcid = digests.finish();
    }
    assertEquals(Gcid.of(content).toUpperCase(Locale.ROOT), gcid);
  }

  private static void feed(
      BlockDigests digests, FileChannel channel, byte[] content, long start, long end, Random random) {
    BlockDigests.Feeder feeder = digests.feeder(start);
    long at = start;
    while (at < end) {
      int len = (int) Math.min(end - at, 1 + random.nextInt(100_000));
      write(channel, content, at, at + len);
      feeder.update(at, ByteBuffer.wrap(content, (int) at, len));
      at += len;
    }
  }

  private static void write(FileChannel channel, byte[] content, long start, long end) {
    ByteBuffer piece = ByteBuffer.wrap(content, (int) start, (int) (end - start));
    try {
      while (piece.hasRemaining()) {
        channel.write(piece, piece.position()); // the position in content is the position in the file
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
