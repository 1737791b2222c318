package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One wait for one task: polls {@code GET /drive/v1/tasks/{id}} through the executor's async path,
 * then schedules the next poll; no thread is held between polls. Polls of one wait never overlap.
 */
final class TaskWaiter {
  private final OfflineTasks owner;
  private final String id;
  private final Duration timeout;
  private final Instant deadline;
  private final AwaitListener listener;
  private final CompletableFuture<CompletedTask> result = new CompletableFuture<>();
  private int polls;
  private int errors;
  private @Nullable OfflineTask last;
  private @Nullable Future<?> pending;

  TaskWaiter(OfflineTasks owner, String id, Duration timeout, AwaitListener listener) {
    this.owner = owner;
    this.id = id;
    this.timeout = timeout;
    this.deadline = owner.clock().instant().plus(timeout);
    this.listener = listener;
  }

  CompletableFuture<CompletedTask> start() {
    result.whenComplete(
        (v, t) -> {
          Future<?> p;
          synchronized (this) {
            p = pending;
          }
          if (result.isCancelled() && p != null) {
            p.cancel(false);
          }
        });
    poll();
    return result;
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<?> call;
    try {
      call =
          owner
              .executor()
              .executeAsync(owner.api().getTask(id))
              .whenComplete(
                  (task, error) -> {
                    if (error != null) {
                      onError(unwrap(error));
                    } else {
                      onTask(OfflineTask.of(task));
                    }
                  });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    synchronized (this) {
      pending = call;
    }
  }

  private void onTask(OfflineTask task) {
    errors = 0;
    OfflineTask previous = last;
    last = task;
    if (previous == null
        || previous.phase() != task.phase()
        || previous.progress() != task.progress()) {
      try {
        listener.onProgress(task);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
    }
    switch (task.phase()) {
      case COMPLETE:
        fetchFile(task);
        break;
      case ERROR:
        result.completeExceptionally(new TaskFailedException(task));
        break;
      default:
        scheduleNext();
    }
  }

  private void onError(Throwable error) {
    if (error instanceof NotFoundException) {
      result.completeExceptionally(OfflineTasks.notFound(id, (NotFoundException) error));
      return;
    }
    if (!(error instanceof PikPakException)
        || ++errors >= owner.awaitPolicy().maxConsecutiveErrors()) {
      result.completeExceptionally(error);
      return;
    }
    scheduleNext();
  }

  private void scheduleNext() {
    if (result.isDone()) {
      return;
    }
    Duration remaining = Duration.between(owner.clock().instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      OfflineTask seen = last;
      if (seen == null) {
        seen = new OfflineTask(id, "", TaskPhase.PENDING, 0, "", "", 0, "", "", null, null);
      }
      result.completeExceptionally(new AwaitTimeoutException(seen, timeout));
      return;
    }
    AwaitPolicy policy = owner.awaitPolicy();
    Duration delay = policy.jittered(policy.baseDelay(++polls), owner.random());
    if (delay.compareTo(remaining) > 0) {
      delay = remaining;
    }
    try {
      Future<?> next =
          owner.scheduler().schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
      synchronized (this) {
        pending = next;
      }
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(
          new PikPakException("the client was closed while waiting for offline task " + id, e));
    }
  }

  private void fetchFile(OfflineTask task) {
    if (task.fileId().isEmpty()) {
      result.complete(
          new CompletedTask(
              task, new TaskFile("", task.fileName(), false, task.fileSize(), "", "", "")));
      return;
    }
    try {
      owner
          .executor()
          .executeAsync(owner.drive().getFile(task.fileId(), null, DriveApi.MAGIC, null))
          .whenComplete(
              (file, error) -> {
                if (error != null) {
                  result.completeExceptionally(unwrap(error));
                } else {
                  result.complete(new CompletedTask(task, TaskFile.of(file)));
                }
              });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
