package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import io.github.pikpak4j.core.policy.Sleeper;
import java.time.Duration;

/**
 * A server task of a batch operation: polls {@code GET /drive/v1/tasks/{id}} on the {@link DriveTaskPolling}
 * schedule (500 ms, doubling up to 5 s), sleeping through the sleeper, until complete, failed, or the bound on the
 * total waiting is reached.
 */
final class DriveTaskImpl implements DriveTask {
  private final DriveApi drive;
  private final ApiExecutor executor;
  private final Sleeper sleeper;
  private final String id;
  private final BatchOperation operation;

  DriveTaskImpl(DriveApi drive, ApiExecutor executor, Sleeper sleeper, String id, BatchOperation operation) {
    this.drive = drive;
    this.executor = executor;
    this.sleeper = sleeper;
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
  public DriveTaskStatus poll() {
    if (id.isEmpty()) {
      return DriveTaskStatus.immediate();
    }
    return DriveTaskPolling.status(executor.execute(drive.getTask(id)));
  }

  @Override
  public DriveTaskStatus await() {
    return await(DEFAULT_TIMEOUT);
  }

  @Override
  public DriveTaskStatus await(Duration timeout) {
    if (id.isEmpty()) {
      return DriveTaskStatus.immediate();
    }
    Duration waited = Duration.ZERO;
    Duration wait = DriveTaskPolling.FIRST_WAIT;
    while (true) {
      Duration step = DriveTaskPolling.step(wait, waited, timeout);
      if (DriveTaskPolling.waits(step)) {
        sleep(step);
        waited = waited.plus(step);
      }
      DriveTaskStatus status = poll();
      if (DriveTaskPolling.finished(operation, status, waited, timeout)) {
        return status;
      }
      wait = DriveTaskPolling.next(wait);
    }
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PikPakException("interrupted while waiting for " + operation.kind().label() + " task " + id, e);
    }
  }

  @Override
  public String toString() {
    return "DriveTask{" + operation.kind().label() + ", id=" + id + "}";
  }
}
