package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.model.BatchTask;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskFailedException;
import io.github.pikpak4j.core.files.DriveTaskPhase;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import io.github.pikpak4j.core.files.DriveTaskTimeoutException;
import io.github.pikpak4j.core.policy.Sleeper;
import java.time.Duration;

/**
 * A server task of a batch operation: polls {@code GET /drive/v1/tasks/{id}} after {@link #FIRST_WAIT}, doubling the
 * wait up to {@link #MAX_WAIT}, until complete, failed, or the bound on the total waiting is reached.
 */
final class DriveTaskImpl implements DriveTask {
  /** The wait before the first poll (rclone waits 500 ms). */
  static final Duration FIRST_WAIT = Duration.ofMillis(500);

  /** The longest wait between polls. */
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

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
    BatchTask t = executor.execute(drive.getTask(id));
    return new DriveTaskStatus(
        t.id(), DriveTaskPhase.fromWire(t.phase()), Math.max(0, Math.min(100, t.progress())), t.message());
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
    Duration wait = FIRST_WAIT;
    while (true) {
      Duration left = timeout.minus(waited);
      Duration step = wait.compareTo(left) < 0 ? wait : left;
      if (!step.isNegative() && !step.isZero()) {
        sleep(step);
        waited = waited.plus(step);
      }
      DriveTaskStatus status = poll();
      if (status.phase() == DriveTaskPhase.COMPLETE) {
        return status;
      }
      if (status.phase() == DriveTaskPhase.ERROR) {
        throw new DriveTaskFailedException(operation.kind().label(), status);
      }
      if (waited.compareTo(timeout) >= 0) {
        throw new DriveTaskTimeoutException(operation.kind().label(), status, waited);
      }
      wait = wait.multipliedBy(2);
      if (wait.compareTo(MAX_WAIT) > 0) {
        wait = MAX_WAIT;
      }
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
