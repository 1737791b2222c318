package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.core.async.AsyncDriveTask;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one implementation of a batch operation's server task: the {@link DriveTaskPolling} schedule, each wait
 * scheduled on the client's scheduler, each poll through the executor's async path; the blocking {@link
 * DriveTaskImpl} joins it.
 */
final class AsyncDriveTaskImpl implements AsyncDriveTask {
  private final DriveApi drive;
  private final ApiExecutor executor;
  private final ScheduledExecutorService scheduler;
  private final String id;
  private final BatchOperation operation;

  AsyncDriveTaskImpl(
      DriveApi drive, ApiExecutor executor, ScheduledExecutorService scheduler, String id, BatchOperation operation) {
    this.drive = drive;
    this.executor = executor;
    this.scheduler = scheduler;
    this.id = id;
    this.operation = operation;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public BatchOperation operation() {
    return operation;
  }

  @Override
  public CompletableFuture<DriveTaskStatus> poll() {
    return Futures.call(
        () ->
            id.isEmpty()
                ? CompletableFuture.completedFuture(DriveTaskStatus.immediate())
                : executor.executeAsync(drive.getTask(id)).thenApply(DriveTaskPolling::status));
  }

  @Override
  public CompletableFuture<DriveTaskStatus> await() {
    return await(DriveTask.DEFAULT_TIMEOUT);
  }

  @Override
  public CompletableFuture<DriveTaskStatus> await(Duration timeout) {
    if (id.isEmpty()) {
      return CompletableFuture.completedFuture(DriveTaskStatus.immediate());
    }
    CompletableFuture<DriveTaskStatus> out = new CompletableFuture<>();
    round(out, DriveTaskPolling.FIRST_WAIT, Duration.ZERO, timeout);
    return out;
  }

  /** Schedules one wait and the poll after it; the next round, if any, is scheduled from the poll's answer. */
  private void round(CompletableFuture<DriveTaskStatus> out, Duration wait, Duration waited, Duration timeout) {
    if (out.isDone()) {
      return; // cancelled by the caller: stop polling
    }
    Duration step = DriveTaskPolling.step(wait, waited, timeout);
    boolean waits = DriveTaskPolling.waits(step);
    Duration after = waits ? waited.plus(step) : waited;
    Runnable pollNow =
        () -> {
          if (out.isDone()) {
            return;
          }
          poll().whenComplete(
              (status, error) -> {
                if (error != null) {
                  out.completeExceptionally(Futures.unwrap(error));
                  return;
                }
                try {
                  if (DriveTaskPolling.finished(operation, status, after, timeout)) {
                    out.complete(status);
                  } else {
                    round(out, DriveTaskPolling.next(wait), after, timeout);
                  }
                } catch (RuntimeException e) {
                  out.completeExceptionally(e);
                }
              });
        };
    if (!waits) {
      pollNow.run();
      return;
    }
    try {
      scheduler.schedule(pollNow, step.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RuntimeException rejected) { // the client was closed
      out.completeExceptionally(rejected);
    }
  }

  @Override
  public String toString() {
    return "AsyncDriveTask{" + operation.kind().label() + ", id=" + id + "}";
  }
}
