package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.TransportException;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.policy.Sleeper;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Links} implementation: get-file through the executor, then {@link LinkSelector}. A file with no link
 * yet ({@link LinkSelector#noLinkYet}) is fetched again every {@link Links#NO_LINK_RETRY_INTERVAL}, waiting through
 * the {@link Sleeper}, for at most {@link Links#NO_LINK_MAX_WAIT} in all. {@code AsyncLinksImpl} runs the same single
 * attempts and schedules the waits instead.
 */
public final class LinksImpl implements Links {
  private static final String ID_PREFIX = "id:";

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final Files files;
  private final LinkRewriter rewriter;
  private final Sleeper sleeper;
  private final Duration interval;
  private final Duration maxWait;

  /**
   * Creates the implementation, waiting {@link Links#NO_LINK_RETRY_INTERVAL} up to {@link Links#NO_LINK_MAX_WAIT}
   * for a file with no link yet.
   *
   * @param drive the drive API
   * @param executor runs calls under the client's policies; its scheduler times the async twin's waits
   * @param files resolves paths
   * @param rewriter the CDN host policy seam ({@link LinkRewriter#IDENTITY} for none)
   * @param sleeper waits before fetching again a file that has no link yet (blocking calls only)
   */
  public LinksImpl(DriveApi drive, ApiExecutor executor, Files files, LinkRewriter rewriter, Sleeper sleeper) {
    this(drive, executor, files, rewriter, sleeper, NO_LINK_RETRY_INTERVAL, NO_LINK_MAX_WAIT);
  }

  private LinksImpl(
      DriveApi drive, ApiExecutor executor, Files files, LinkRewriter rewriter, Sleeper sleeper, Duration interval,
      Duration maxWait) {
    if (interval.isNegative() || interval.isZero() || maxWait.isNegative()) {
      throw new IllegalArgumentException("interval must be positive and maxWait not negative");
    }
    this.drive = drive;
    this.executor = executor;
    this.files = files;
    this.rewriter = rewriter;
    this.sleeper = sleeper;
    this.interval = interval;
    this.maxWait = maxWait;
  }

  /** The same resolver with other waits for a file that has no link yet; for tests of the async scheduling. */
  LinksImpl withWait(Duration interval, Duration maxWait) {
    return new LinksImpl(drive, executor, files, rewriter, sleeper, interval, maxWait);
  }

  @Override
  public ResolvedLink resolve(String path, LinkPolicy policy) {
    return resolveWaiting(fileIdOf(path), policy, null);
  }

  @Override
  public ResolvedLink resolveId(String fileId, LinkPolicy policy) {
    return resolveWaiting(fileId, policy, null);
  }

  @Override
  public ResolvedLink refresh(ResolvedLink previous) {
    return resolveWaiting(previous.fileId(), previous.policy(), previous.mediaId());
  }

  @Override
  public ResolvedLink reroute(ResolvedLink failed, boolean slow) {
    return rewriter.moveOff(failed, slow);
  }

  private ResolvedLink resolveWaiting(String fileId, LinkPolicy policy, @Nullable String lockedMediaId) {
    Duration waited = Duration.ZERO;
    while (true) {
      Optional<ResolvedLink> link = attempt(fileId, policy, lockedMediaId);
      if (link.isPresent()) {
        return link.get();
      }
      Duration step = nextWait(waited);
      if (step.isZero()) {
        throw gaveUp(fileId, waited);
      }
      sleep(step, fileId);
      waited = waited.plus(step);
    }
  }

  /**
   * Resolves a path to the id of a file (blocking: a path may take requests).
   *
   * @param path {@code /a/b.mkv} or {@code id:<ID>}
   * @return the file id
   */
  String fileIdOf(String path) {
    if (path.startsWith(ID_PREFIX)) {
      String id = path.substring(ID_PREFIX.length());
      if (id.isEmpty()) {
        throw new io.github.pikpak4j.api.InvalidInputException("empty id in '" + path + "'");
      }
      return id;
    }
    FileEntry entry = files.resolve(path);
    if (entry.isFolder()) {
      throw new LinkUnavailableException("not a file: " + path);
    }
    return entry.id();
  }

  /**
   * One attempt, no waiting: fetches the file and chooses its link (blocking; the CDN policy may probe hosts).
   *
   * @param fileId the file
   * @param policy which link
   * @param lockedMediaId a {@code media_id} to keep, or {@code null}
   * @return the link, or empty when the file has no link yet (worth fetching again later)
   * @throws LinkUnavailableException when the file has links but none for the policy, or is a folder
   */
  Optional<ResolvedLink> attempt(String fileId, LinkPolicy policy, @Nullable String lockedMediaId) {
    DriveFile file = executor.execute(drive.getFile(fileId, policy.usage(), DriveApi.MAGIC, "SIZE_LARGE"));
    if (LinkSelector.noLinkYet(file)) {
      return Optional.empty();
    }
    return Optional.of(LinkSelector.select(file, policy, lockedMediaId, rewriter));
  }

  /**
   * How long to wait before the next attempt, given how long was waited already.
   *
   * @param waited the total wait so far
   * @return the wait, {@link Duration#ZERO} when the overall bound is reached (then give up)
   */
  Duration nextWait(Duration waited) {
    Duration left = maxWait.minus(waited);
    if (left.isNegative() || left.isZero()) {
      return Duration.ZERO;
    }
    return left.compareTo(interval) < 0 ? left : interval;
  }

  /**
   * The failure after waiting in vain.
   *
   * @param fileId the file
   * @param waited how long was waited in all
   * @return the exception to throw
   */
  static LinkUnavailableException gaveUp(String fileId, Duration waited) {
    return new LinkUnavailableException(
        "file " + fileId + " has no download link yet, after waiting " + seconds(waited)
            + " for one (a file can have none for about a minute after its upload)");
  }

  /** The scheduler the async twin's waits are timed on (the executor's). */
  ScheduledExecutorService scheduler() {
    return executor.scheduler();
  }

  private void sleep(Duration step, String fileId) {
    try {
      sleeper.sleep(step);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException cause = new InterruptedIOException();
      cause.initCause(e);
      throw new TransportException("interrupted while waiting for file " + fileId + " to get a download link", cause);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
