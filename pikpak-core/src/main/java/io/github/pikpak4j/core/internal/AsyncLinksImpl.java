package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.core.async.AsyncLinks;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The async link resolution. Each blocking step (path resolution, one get-file with link choice, which may probe CDN
 * hosts) runs on the {@link BlockingRunner}'s threads; the wait before fetching again a file that has no link yet is
 * scheduled on the client's scheduler, so no thread sleeps. Cancelling a returned future cancels the pending wait or
 * interrupts the running step. Failures are those of the blocking {@link LinksImpl}, unwrapped.
 */
final class AsyncLinksImpl implements AsyncLinks {
  private final LinksImpl sync;
  private final BlockingRunner runner;
  private final ScheduledExecutorService scheduler;

  AsyncLinksImpl(LinksImpl sync, BlockingRunner runner, ScheduledExecutorService scheduler) {
    this.sync = sync;
    this.runner = runner;
    this.scheduler = scheduler;
  }

  @Override
  public CompletableFuture<ResolvedLink> resolve(String path, LinkPolicy policy) {
    return new Resolution(policy, null).start(() -> sync.fileIdOf(path));
  }

  @Override
  public CompletableFuture<ResolvedLink> resolveId(String fileId, LinkPolicy policy) {
    return new Resolution(policy, null).start(() -> fileId);
  }

  @Override
  public CompletableFuture<ResolvedLink> refresh(ResolvedLink previous) {
    return new Resolution(previous.policy(), previous.mediaId()).start(previous::fileId);
  }

  /** One resolution: its attempts, the waits between them, and the step running now (to cancel it). */
  private final class Resolution {
    private final CompletableFuture<ResolvedLink> out = new CompletableFuture<>();
    private final LinkPolicy policy;
    private final @Nullable String lockedMediaId;
    private volatile @Nullable Future<?> current;
    private String fileId = "";
    private Duration waited = Duration.ZERO;

    Resolution(LinkPolicy policy, @Nullable String lockedMediaId) {
      this.policy = policy;
      this.lockedMediaId = lockedMediaId;
    }

    CompletableFuture<ResolvedLink> start(Supplier<String> id) {
      out.whenComplete(
          (v, t) -> {
            Future<?> step = current;
            if (out.isCancelled() && step != null) {
              step.cancel(true);
            }
          });
      track(runner.run(id))
          .whenComplete(
              (fid, error) -> {
                if (error != null) {
                  out.completeExceptionally(ApiExecutor.unwrap(error));
                } else {
                  fileId = fid;
                  attempt();
                }
              });
      return out;
    }

    private void attempt() {
      if (out.isDone()) {
        return;
      }
      track(runner.run(() -> sync.attempt(fileId, policy, lockedMediaId)))
          .whenComplete(
              (link, error) -> {
                if (error != null) {
                  out.completeExceptionally(ApiExecutor.unwrap(error));
                } else if (link.isPresent()) {
                  out.complete(link.get());
                } else {
                  waitThenAttempt();
                }
              });
    }

    private void waitThenAttempt() {
      Duration step = sync.nextWait(waited);
      if (step.isZero()) {
        out.completeExceptionally(LinksImpl.gaveUp(fileId, waited));
        return;
      }
      waited = waited.plus(step);
      try {
        track(scheduler.schedule(this::attempt, step.toNanos(), TimeUnit.NANOSECONDS));
      } catch (RejectedExecutionException e) {
        out.completeExceptionally(new PikPakException("the client is closed", e));
      }
    }

    private <F extends Future<?>> F track(F step) {
      current = step;
      if (out.isCancelled()) {
        step.cancel(true);
      }
      return step;
    }
  }
}
