package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.core.hash.Gcid;
import io.github.pikpak4j.core.hash.GcidBlockRule;
import io.github.pikpak4j.core.hash.GcidHasher;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.transfer.DownloadCancelledException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadTargetExistsException;
import io.github.pikpak4j.core.transfer.DownloadVerificationException;
import io.github.pikpak4j.core.transfer.RemoteFile;
import io.github.pikpak4j.core.transfer.Transfers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** The {@link Transfers} implementation: the download engine. */
public final class TransfersImpl implements Transfers, AutoCloseable {
  private static final long PERSIST_INTERVAL_NANOS = 500_000_000L;

  private final Links links;
  private final LinkRewriter rewriter;
  private final OkHttpClient cdn;
  private final ConnectionBudget budget;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ExecutorService workers;

  /**
   * Creates the engine.
   *
   * @param links resolves and refreshes links
   * @param rewriter the CDN host policy, for share links ({@link LinkRewriter#IDENTITY} for none)
   * @param cdn the CDN client ({@link CdnHttp#create(OkHttpClient, int)})
   * @param budget the connection budget shared by every download
   * @param clock decides link expiry
   * @param sleeper waits between attempts
   */
  public TransfersImpl(
      Links links, LinkRewriter rewriter, OkHttpClient cdn, ConnectionBudget budget, Clock clock, Sleeper sleeper) {
    this.links = links;
    this.rewriter = rewriter;
    this.cdn = cdn;
    this.budget = budget;
    this.clock = clock;
    this.sleeper = sleeper;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "pikpak4j-download-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  @Override
  public DownloadResult download(String path, Path target) {
    return download(path, target, DownloadOptions.defaults());
  }

  @Override
  public DownloadResult download(String path, Path target, DownloadOptions options) {
    checkTarget(target, options);
    return toFile(links, links.resolve(path, options.linkPolicy()), target, options);
  }

  @Override
  public DownloadResult download(ResolvedLink link, Path target, DownloadOptions options) {
    checkTarget(target, options);
    return toFile(links, link, target, options);
  }

  @Override
  public DownloadResult download(
      Share share, String fileId, TranscodePolicy policy, Path target, DownloadOptions options) {
    checkTarget(target, options);
    ShareLinks shareLinks = new ShareLinks(share, policy, rewriter);
    return toFile(shareLinks, shareLinks.resolveId(fileId, options.linkPolicy()), target, options);
  }

  /** Fails before any request when the target, or a partial file that may not be resumed, exists. */
  private static void checkTarget(Path target, DownloadOptions options) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      // Never create directories the caller did not ask for: a missing one is most often a typo.
      throw new InvalidInputException("the download target's directory does not exist: " + parent);
    }
    if (Files.isDirectory(target)) {
      throw new DownloadTargetExistsException(target, "the download target is a directory: " + target);
    }
    if (Files.exists(target) && !options.overwrite() && !options.continueExisting()) {
      throw new DownloadTargetExistsException(
          target, "the download target exists: " + target + " (choose overwrite to replace it)");
    }
    Path part = partFile(target);
    if (Files.exists(part) && !options.resume() && !options.overwrite()) {
      throw new DownloadTargetExistsException(
          part, "a partial download exists: " + part + " (choose resume to continue it or overwrite to discard it)");
    }
  }

  static Path partFile(Path target) {
    return target.resolveSibling(target.getFileName() + ".part");
  }

  static Path stateFile(Path target) {
    return target.resolveSibling(target.getFileName() + ".part.json");
  }

  private static String budgetKey(ResolvedLink link) {
    return link.fileId() + "|" + (link.mediaId() == null ? "original" : link.mediaId());
  }

  private static String contentKey(ResolvedLink link) {
    return link.mediaId() == null ? "original" : "media:" + link.mediaId();
  }

  private DownloadResult toFile(Links links, ResolvedLink link, Path target, DownloadOptions options) {
    long began = System.nanoTime();
    Cancellation cancel = new Cancellation();
    Runnable unhook = options.cancellation() == null ? () -> {} : options.cancellation().onCancel(cancel::cancel);
    try {
      TargetLock held = TargetLock.acquire(target); // before the part or its state is read or touched
      try (held) {
        for (int refetches = 0; ; refetches++) {
          try {
            return attempt(links, link, target, options, cancel, began, refetches);
          } catch (DownloadVerificationException e) {
            if (e.partialFile() == null) {
              throw e; // a size mismatch: fetching again gives the same answer
            }
            // The chunks that failed the check must never be reused: drop the state (the next run starts afresh).
            Files.deleteIfExists(stateFile(target));
            if (refetches >= options.verifyRefetches()) {
              throw e;
            }
            Files.deleteIfExists(partFile(target));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("download to " + target + " failed: " + e.getMessage(), e);
    } finally {
      unhook.run();
    }
  }

  /** One fetch of the whole file (resuming what a usable state says is done), under the target's lock. */
  private DownloadResult attempt(
      Links links, ResolvedLink link, Path target, DownloadOptions options, Cancellation cancel, long began,
      int refetches) {
    try {
      LinkHolder holder = new LinkHolder(links, clock, link, options.maxLinkRefreshes());
      long size = link.size();
      if (size < 0) {
        size = fetcher(holder, options, cancel, new ProgressMeter(p -> {}, 0, -1), -1).probeSize();
        if (size < 0) {
          throw new CdnException("the CDN did not report the size of file " + link.fileId(), 206, null);
        }
      }
      String hash = link.originalBytes() ? link.hash() : null;
      Path part = partFile(target);
      Path state = stateFile(target);
      BitSet done = new BitSet();
      int block = GcidBlockRule.DOUBLING.blockSize(size);
      // Spans start on chunk boundaries; chunks that are whole GCID blocks let workers hash while they write.
      int chunkSize = (int) Math.min(64L << 20, ((long) options.chunkSize() + block - 1) / block * block);
      boolean resuming = false;
      if (options.continueExisting() && Files.isRegularFile(target) && !Files.exists(part) && !Files.exists(state)) {
        resuming = continueExisting(target, part, size, chunkSize, done);
      }
      if (!resuming && (Files.exists(part) || Files.exists(state))) {
        DownloadState old = DownloadState.read(state);
        boolean usable =
            options.resume()
                && old != null
                && old.sameContent(link.fileId(), contentKey(link), size, hash)
                && Files.isRegularFile(part)
                && Files.size(part) == size;
        if (usable) {
          done = old.done();
          chunkSize = old.chunkSize();
          resuming = true;
        } else if (options.overwrite()) {
          Files.deleteIfExists(part);
          Files.deleteIfExists(state);
        } else {
          throw new DownloadTargetExistsException(
              part, "a partial download of other content (or without its state file) exists: " + part
                  + " (choose overwrite to discard it)");
        }
      }
      if (!resuming) {
        try (RandomAccessFile raf = new RandomAccessFile(part.toFile(), "rw")) {
          raf.setLength(size);
        }
      }
      int chunks = (int) ((size + chunkSize - 1) / chunkSize);
      int pending = chunks - done.get(0, chunks).cardinality();
      int connections =
          Math.max(1, Math.min(Math.min(options.connections(), budget.perLink()), Math.max(1, pending)));
      ChunkPlan plan = new ChunkPlan(size, chunkSize, done, connections, System::nanoTime);
      long resumed = plan.doneBytes();
      ProgressMeter meter = new ProgressMeter(options.progress(), resumed, size);
      RangeFetcher fetcher = fetcher(holder, options, cancel, meter, size);
      int processors = Runtime.getRuntime().availableProcessors();
      String verified = null;
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
        BlockDigests digests =
            options.verify() && hash != null && chunkSize % block == 0
                ? new BlockDigests(size, block, connections < processors ? processors : 0, channel)
                : null;
        StatePersister persister =
            new StatePersister(channel, plan, state, new DownloadState(link.fileId(), contentKey(link), size, hash,
                chunkSize, new BitSet()));
        persister.persist();
        try {
          runAll(connections, cancel, () -> {
            ChunkPlan.Lease lease = null;
            while ((lease = plan.next(cancel, lease)) != null) {
              ChunkPlan.Lease range = lease;
              BlockDigests.Feeder feeder = digests == null ? null : digests.feeder(range.start());
              try {
                fetcher.fetch(range.start(), range,
                    (pos, data) -> {
                      writeFully(channel, pos, data.duplicate(), part);
                      if (feeder != null) {
                        feeder.update(pos, data.duplicate());
                      }
                    },
                    pos -> {
                      if (range.advanced(pos)) {
                        try {
                          persister.maybePersist();
                        } catch (IOException e) {
                          throw new UncheckedIOException("cannot write the download state " + state, e);
                        }
                      }
                    });
              } finally {
                range.release();
              }
            }
            if (cancel.isCancelled()) {
              throw new DownloadCancelledException("download of file " + link.fileId() + " cancelled");
            }
          });
        } catch (RuntimeException | IOException | Error e) {
          persister.persistAfter(e); // a disk full here must not hide the failure that ended the run
          throw e;
        } finally {
          if (digests != null) {
            digests.close();
          }
        }
        persister.persist();
        meter.finish();
        if (digests != null) {
          String actual = digests.finish();
          verified = actual.equalsIgnoreCase(hash) ? actual : null;
        }
      }
      if (options.verify() && hash != null && verified == null) {
        verified = verifyFile(part, size, hash);
      }
      move(part, target, options.overwrite());
      Files.deleteIfExists(state);
      return new DownloadResult(target, size, resumed, verified, connections,
          Duration.ofNanos(System.nanoTime() - began), holder.link(), refetches);
    } catch (IOException e) {
      throw new UncheckedIOException("download to " + target + " failed: " + e.getMessage(), e);
    }
  }

  private RangeFetcher fetcher(
      LinkHolder holder, DownloadOptions options, Cancellation cancel, ProgressMeter meter, long size) {
    return new RangeFetcher(cdn, holder, budget, budgetKey(holder.link()), sleeper, options.maxAttempts(), cancel,
        meter, size);
  }

  /** Writes at a position; a disk failure is not a network failure, so it is never retried. */
  /**
   * Turns an existing shorter target into the partial file: its whole chunks count as done, the rest is fetched, and
   * the whole file is verified at the end like any resumed download.
   */
  private static boolean continueExisting(Path target, Path part, long size, int chunkSize, BitSet done)
      throws IOException {
    long have = Files.size(target);
    if (have > size) {
      throw new DownloadTargetExistsException(target, "the existing file is longer than the content (" + have
          + " > " + size + " bytes): " + target);
    }
    Files.move(target, part);
    try (RandomAccessFile raf = new RandomAccessFile(part.toFile(), "rw")) {
      raf.setLength(size);
    }
    done.set(0, (int) (have / chunkSize));
    return true;
  }

  private static void writeFully(FileChannel channel, long pos, ByteBuffer buf, Path part) {
    long p = pos;
    try {
      while (buf.hasRemaining()) {
        p += channel.write(buf, p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + part + ": " + e.getMessage(), e);
    }
  }

  private static String verifyFile(Path part, long size, String expected) throws IOException {
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    String actual = Gcid.of(part, Gcid.DEFAULT_RULE, threads);
    if (actual.equalsIgnoreCase(expected)) {
      return actual;
    }
    if (GcidBlockRule.TABLE.blockSize(size) != GcidBlockRule.DOUBLING.blockSize(size)) {
      String table = Gcid.of(part, GcidBlockRule.TABLE, threads);
      if (table.equalsIgnoreCase(expected)) {
        return table;
      }
    }
    throw new DownloadVerificationException(
        "GCID mismatch: expected " + expected.toUpperCase(Locale.ROOT) + ", downloaded content has " + actual
            + "; the partial file is kept: " + part,
        expected.toUpperCase(Locale.ROOT), actual, part);
  }

  private static void move(Path part, Path target, boolean overwrite) throws IOException {
    if (!overwrite && Files.exists(target)) {
      throw new DownloadTargetExistsException(
          target, "the download target appeared during the download: " + target + "; the content is kept in "
              + part);
    }
    try {
      if (overwrite) {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (overwrite) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(part, target);
      }
    }
  }

  /** A worker body. */
  interface Work {
    void run() throws IOException;
  }

  /**
   * Runs {@code n} copies of a body on the worker pool and waits; the first failure cancels the others and is
   * thrown.
   */
  private void runAll(int n, Cancellation cancel, Work body) throws IOException {
    List<Future<?>> futures = new ArrayList<>(n);
    Throwable[] first = {null};
    for (int i = 0; i < n; i++) {
      futures.add(workers.submit(() -> {
        try {
          body.run();
        } catch (Throwable t) {
          synchronized (first) {
            if (first[0] == null || (first[0] instanceof DownloadCancelledException
                && !(t instanceof DownloadCancelledException))) {
              first[0] = t;
            }
          }
          cancel.cancel();
        }
        return null;
      }));
    }
    boolean interrupted = false;
    for (Future<?> f : futures) {
      while (true) {
        try {
          f.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          cancel.cancel();
        } catch (ExecutionException e) {
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new DownloadCancelledException("download interrupted");
    }
    Throwable t;
    synchronized (first) {
      t = first[0];
    }
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new PikPakException("download failed: " + t, t);
  }

  /** Writes the state file, at most every 500 ms unless asked to. */
  private static final class StatePersister {
    private final FileChannel channel;
    private final ChunkPlan plan;
    private final Path file;
    private final DownloadState template;
    private long lastNanos = System.nanoTime();

    StatePersister(FileChannel channel, ChunkPlan plan, Path file, DownloadState template) {
      this.channel = channel;
      this.plan = plan;
      this.file = file;
      this.template = template;
    }

    void maybePersist() throws IOException {
      if (System.nanoTime() - lastNanos >= PERSIST_INTERVAL_NANOS) {
        persist();
      }
    }

    /** Persists after a failure; a failure to persist is added to it rather than thrown over it. */
    void persistAfter(Throwable failure) {
      try {
        persist();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }

    synchronized void persist() throws IOException {
      // No fsync of the part file here: a process crash keeps the page cache, and after a power loss a chunk the
      // state claims but the disk lost is caught by the GCID check (the partial is then kept for inspection).
      lastNanos = System.nanoTime();
      new DownloadState(template.fileId(), template.content(), template.size(), template.hash(),
          template.chunkSize(), plan.doneSnapshot()).write(file);
    }
  }

  // ---- streams ---------------------------------------------------------------------------------------------------

  @Override
  public DownloadResult download(String path, OutputStream out, DownloadOptions options) {
    return StreamDownload.run(this, links.resolve(path, options.linkPolicy()), out, options);
  }

  DownloadResult streamTo(ResolvedLink link, OutputStream out, DownloadOptions options) {
    return StreamDownload.run(this, link, out, options);
  }

  /** Package access for {@link StreamDownload}. */
  RangeFetcher newFetcher(
      LinkHolder holder, DownloadOptions options, Cancellation cancel, ProgressMeter meter, long size) {
    return fetcher(holder, options, cancel, meter, size);
  }

  LinkHolder newHolder(ResolvedLink link, DownloadOptions options) {
    return new LinkHolder(links, clock, link, options.maxLinkRefreshes());
  }

  int perLink() {
    return budget.perLink();
  }

  ExecutorService workers() {
    return workers;
  }

  // ---- random access ----------------------------------------------------------------------------------------------

  @Override
  public RemoteFile open(String path, DownloadOptions options) {
    return open(links.resolve(path, options.linkPolicy()), options);
  }

  @Override
  public RemoteFile open(ResolvedLink link, DownloadOptions options) {
    return RemoteFileImpl.open(this, links, clock, link, options);
  }

  @Override
  public RemoteFile open(Share share, String fileId, TranscodePolicy policy, DownloadOptions options) {
    ShareLinks shareLinks = new ShareLinks(share, policy, rewriter);
    return RemoteFileImpl.open(this, shareLinks, clock, shareLinks.resolveId(fileId, options.linkPolicy()), options);
  }

  void runWorkers(int n, Cancellation cancel, Work body) throws IOException {
    runAll(n, cancel, body);
  }

  static @Nullable GcidHasher[] hashers(long size, @Nullable String hash) {
    if (hash == null) {
      return new GcidHasher[0];
    }
    if (GcidBlockRule.TABLE.blockSize(size) != GcidBlockRule.DOUBLING.blockSize(size)) {
      return new GcidHasher[] {Gcid.newHasher(size, GcidBlockRule.DOUBLING), Gcid.newHasher(size, GcidBlockRule.TABLE)};
    }
    return new GcidHasher[] {Gcid.newHasher(size, GcidBlockRule.DOUBLING)};
  }
}
