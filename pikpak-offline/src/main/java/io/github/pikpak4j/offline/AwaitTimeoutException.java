package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.PikPakException;
import java.time.Duration;

/**
 * {@link OfflineTasks#await} gave up waiting. The task is left as it is (still running on PikPak's
 * servers); wait again or delete it.
 */
public class AwaitTimeoutException extends PikPakException {
  private static final long serialVersionUID = 1L;

  private final transient OfflineTask task;
  /** How long the wait lasted before giving up. */
  private final Duration timeout;

  /**
   * Creates the exception.
   *
   * @param task the task as last polled
   * @param timeout the timeout that passed
   */
  public AwaitTimeoutException(OfflineTask task, Duration timeout) {
    super(
        "timed out after "
            + timeout.toSeconds()
            + " s waiting for offline task "
            + task.id()
            + " (still "
            + task.phase()
            + ", "
            + task.progress()
            + "%)");
    this.task = task;
    this.timeout = timeout;
  }

  /**
   * Returns the task as last polled.
   *
   * @return the task, not in a final phase
   */
  public OfflineTask task() {
    return task;
  }

  /**
   * Returns the timeout that passed.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }
}
