package io.github.pikpak4j.core.internal;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * <p>When hashing is offloaded, a feeder only counts its bytes: when a block is complete in the file, a pool of one
 * thread per processor reads it back (from the page cache: it was just written) and hashes it. The receiving thread
 * then neither copies nor hashes, blocks are independent so several are hashed at once (one core's SHA-1 is slower
 * than a loopback socket), each digest lands at its index whatever order the blocks finish in, and what is verified
 * is the file as written.
 */
final class BlockDigests implements AutoCloseable {
  /**
   * The read-back buffer of a hashing thread: direct, so the file is read into it without the JDK's bounce copy, and
   * small enough that SHA-1 takes each piece while it is in the cache.
   */
  private static final int READ_BUFFER = 256 * 1024;

  private final long size;
  private final int block;
  private final byte[][] digests;
  private final FileChannel file;
  private final @Nullable ExecutorService hasher;
  /** Each hashing thread's read-back buffer, reused for every block it hashes (no allocation per block). */
  private final ThreadLocal<ByteBuffer> readBuffers =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_BUFFER));

  /**
   * Creates the digests of one download.
   *
   * @param size the content size
   * @param block the GCID block size
   * @param hashThreads 0 to hash in the writing worker; otherwise the number of threads that read whole blocks back
   *     from the file and hash them: worth it when fewer connections run than there are processors, so hashing
   *     overlaps the transfer
   * @param file the file being downloaded into, readable; feeders are told of bytes after they were written to it
   */
  BlockDigests(long size, int block, int hashThreads, FileChannel file) {
    this.size = size;
    this.block = block;
    this.file = file;
    this.digests = new byte[(int) ((size + block - 1) / block)][];
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
  String finish() throws IOException {
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
    ByteBuffer buf = null; // only blocks not hashed in this run (resumed or failed ones) are read here
    for (int i = 0; i < digests.length; i++) {
      byte[] d;
      synchronized (this) {
        d = digests[i];
      }
      if (d == null) {
        buf = buf != null ? buf : ByteBuffer.allocate(READ_BUFFER);
        d = readBack(i, buf);
      }
      outer.update(d);
    }
    return HexFormat.of().withUpperCase().formatHex(outer.digest());
  }

  /** The SHA-1 of block {@code index} as the file holds it, read through {@code buf}. */
  private byte[] readBack(int index, ByteBuffer buf) throws IOException {
    long start = (long) index * block;
    long end = Math.min(size, start + block);
    MessageDigest md = sha1();
    for (long at = start; at < end; ) {
      buf.clear().limit((int) Math.min(buf.capacity(), end - at));
      int n = file.read(buf, at);
      if (n < 0) {
        throw new IOException("partial file shorter than " + size + " bytes");
      }
      md.update(buf.flip());
      at += n;
    }
    return md.digest();
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
      long at = pos + data.remaining();
      while (at >= blockEnd && blockEnd > (long) index * block) {
        int complete = index;
        // a block left incomplete (the range failed) is read back by finish instead
        pool.execute(() -> {
          try {
            put(complete, readBack(complete, readBuffers.get()));
          } catch (IOException e) {
            // finish reads it back again and reports the failure there
          }
        });
        index++;
        blockEnd = Math.min(size, blockEnd + block);
      }
      data.position(data.limit());
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
