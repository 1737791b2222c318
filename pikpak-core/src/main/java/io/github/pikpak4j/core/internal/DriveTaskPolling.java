package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.model.BatchTask;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTaskFailedException;
import io.github.pikpak4j.core.files.DriveTaskPhase;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import io.github.pikpak4j.core.files.DriveTaskTimeoutException;
import java.time.Duration;

/**
 * The polling schedule and status mapping of a batch operation's server task, used by {@link AsyncDriveTaskImpl}
 * (which schedules each wait; the blocking {@link DriveTaskImpl} joins it): the first poll after
 * {@link #FIRST_WAIT}, the wait doubling up to {@link #MAX_WAIT}, at most the timeout of waiting in all.
 */
final class DriveTaskPolling {
  /** The wait before the first poll (rclone waits 500 ms). */
  static final Duration FIRST_WAIT = Duration.ofMillis(500);

  /** The longest wait between polls. */
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private DriveTaskPolling() {}

  /** Maps the server's task; the progress is clamped to 0..100. */
  static DriveTaskStatus status(BatchTask t) {
    return new DriveTaskStatus(
        t.id(), DriveTaskPhase.fromWire(t.phase()), Math.max(0, Math.min(100, t.progress())), t.message());
  }

  /** The wait before the next poll: the planned wait, cut to what is left of the timeout (zero or less: none). */
  static Duration step(Duration wait, Duration waited, Duration timeout) {
    Duration left = timeout.minus(waited);
    return wait.compareTo(left) < 0 ? wait : left;
  }

  /** Whether a step is a real wait. */
  static boolean waits(Duration step) {
    return !step.isNegative() && !step.isZero();
  }

  /** The planned wait after {@code wait}: doubled, at most {@link #MAX_WAIT}. */
  static Duration next(Duration wait) {
    Duration doubled = wait.multipliedBy(2);
    return doubled.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : doubled;
  }

  /**
   * Judges a polled status.
   *
   * @return true when complete, false when polling goes on
   * @throws DriveTaskFailedException when the task failed
   * @throws DriveTaskTimeoutException when the waiting reached the timeout
   */
  static boolean finished(BatchOperation operation, DriveTaskStatus status, Duration waited, Duration timeout) {
    if (status.phase() == DriveTaskPhase.COMPLETE) {
      return true;
    }
    if (status.phase() == DriveTaskPhase.ERROR) {
      throw new DriveTaskFailedException(operation.kind().label(), status);
    }
    if (waited.compareTo(timeout) >= 0) {
      throw new DriveTaskTimeoutException(operation.kind().label(), status, waited);
    }
    return false;
  }
}
