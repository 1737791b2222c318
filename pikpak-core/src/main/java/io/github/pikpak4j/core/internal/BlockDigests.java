package io.github.pikpak4j.core.internal;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The GCID of a file computed while it downloads: each GCID block's SHA-1 is taken from the bytes as a worker
 * writes them (spans start on block boundaries), blocks not seen in this run (resumed ones) are read back from
 * disk, and the GCID is the SHA-1 of the block digests in order. Thread-safe per block.
 *
 * <p>When hashing is offloaded, each feeder copies its bytes into a buffer of one block and hands the full block to a
 * pool of one thread per processor: blocks are independent, so several are hashed at once (one core's SHA-1 is slower
 * than a loopback socket) and each digest lands at its index, whatever order the blocks finish in.
 */
final class BlockDigests implements AutoCloseable {
  /** Bytes of copied blocks that may wait for the hashing threads (bounded memory), at least two blocks. */
  private static final int MAX_PENDING_BYTES = 8 << 20;

  private final long size;
  private final int block;
  private final byte[][] digests;
  private final @Nullable ExecutorService hasher;
  private final Semaphore pending;

  /**
   * Creates the digests of one download.
   *
   * @param size the content size
   * @param block the GCID block size
   * @param hashThreads 0 to hash in the writing worker; otherwise the number of threads that hash whole blocks (a
   *     copy of the bytes is handed over): worth it when fewer connections run than there are processors, so hashing
   *     overlaps the transfer
   */
  BlockDigests(long size, int block, int hashThreads) {
    this.size = size;
    this.block = block;
    this.digests = new byte[(int) ((size + block - 1) / block)][];
    this.pending = new Semaphore(Math.max(MAX_PENDING_BYTES, 2 * block));
    this.hasher =
        hashThreads > 0
            ? Executors.newFixedThreadPool(
                hashThreads,
                r -> {
                  Thread t = new Thread(r, "pikpak4j-download-hash");
                  t.setDaemon(true);
                  return t;
                })
            : null;
  }

  /** Lets queued hashing finish, then ends the hashing thread; idempotent, never blocks. */
  @Override
  public void close() {
    if (hasher != null) {
      hasher.shutdown();
    }
  }

  int block() {
    return block;
  }

  /** A worker's hasher for one span starting on a block boundary. */
  Feeder feeder(long spanStart) {
    return new Feeder(spanStart);
  }

  /** Completes the missing digests from the file and returns the GCID (40 upper-case hex characters). */
  String finish(FileChannel channel) throws IOException {
    if (hasher != null) {
      hasher.shutdown();
      try {
        if (!hasher.awaitTermination(10, TimeUnit.MINUTES)) {
          throw new IOException("hashing did not finish");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while hashing");
      }
    }
    MessageDigest outer = sha1();
    ByteBuffer buf = null;
    for (int i = 0; i < digests.length; i++) {
      byte[] d;
      synchronized (this) {
        d = digests[i];
      }
      if (d == null) {
        long start = (long) i * block;
        int len = (int) Math.min(block, size - start);
        if (buf == null) {
          buf = ByteBuffer.allocate(block);
        }
        buf.clear().limit(len);
        while (buf.hasRemaining()) {
          if (channel.read(buf, start + buf.position()) < 0) {
            throw new IOException("partial file shorter than " + size + " bytes");
          }
        }
        MessageDigest md = sha1();
        md.update(buf.array(), 0, len);
        d = md.digest();
      }
      outer.update(d);
    }
    return HexFormat.of().withUpperCase().formatHex(outer.digest());
  }

  private synchronized void put(int index, byte[] digest) {
    digests[index] = digest;
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Feeds one worker's bytes, in order, into the digest of the block they belong to. */
  final class Feeder {
    private final MessageDigest md = sha1();
    private byte @Nullable [] copy;
    private int index;
    private long blockEnd;

    private Feeder(long spanStart) {
      this.index = (int) (spanStart / block);
      this.blockEnd = Math.min(size, (long) (index + 1) * block);
    }

    void update(long pos, ByteBuffer data) {
      ExecutorService pool = hasher;
      if (pool == null) {
        hash(pos, data);
        return;
      }
      long at = pos;
      while (data.hasRemaining()) {
        long blockStart = (long) index * block;
        byte[] buf = copy;
        if (buf == null) {
          buf = new byte[(int) (blockEnd - blockStart)];
          copy = buf;
        }
        int take = (int) Math.min(data.remaining(), blockEnd - at);
        data.get(buf, (int) (at - blockStart), take);
        at += take;
        if (at == blockEnd) {
          submit(pool, index, buf);
          copy = null;
          index++;
          blockEnd = Math.min(size, blockEnd + block);
        }
      }
    }

    /** Hands a whole block to the pool; a block left incomplete (the range failed) is read back by finish. */
    private void submit(ExecutorService pool, int blockIndex, byte[] bytes) {
      pending.acquireUninterruptibly(bytes.length);
      pool.execute(
          () -> {
            try {
              MessageDigest blockMd = sha1();
              blockMd.update(bytes);
              put(blockIndex, blockMd.digest());
            } finally {
              pending.release(bytes.length);
            }
          });
    }

    private void hash(long pos, ByteBuffer data) {
      long at = pos;
      while (data.hasRemaining()) {
        int take = (int) Math.min(data.remaining(), blockEnd - at);
        ByteBuffer part = data.slice().limit(take);
        md.update(part);
        data.position(data.position() + take);
        at += take;
        if (at == blockEnd) {
          put(index, md.digest());
          index++;
          blockEnd = Math.min(size, blockEnd + block);
        }
      }
    }
  }
}
