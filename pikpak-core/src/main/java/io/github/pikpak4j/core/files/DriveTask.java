package io.github.pikpak4j.core.files;

import java.time.Duration;

/**
 * A handle on an asynchronous drive task started by {@link Files#start(BatchOperation)}: poll it, or
 * wait for it with bounded polling and backoff.
 *
 * <pre>{@code
 * DriveTask task = client.files().start(BatchOperation.trash(ids));
 * // ... other work ...
 * DriveTaskStatus done = task.await(Duration.ofMinutes(2));
 * }</pre>
 *
 * <p>Waiting polls {@code GET /drive/v1/tasks/{id}} after 500 ms, then backs off by doubling up to
 * 5 s between polls; the waits go through the client's {@code Sleeper}. Thread-safe.
 */
public interface DriveTask {

  /** The default bound of {@link #await()}: 60 seconds of waiting between polls. */
  Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Returns the task id.
   *
   * @return the id; {@code ""} when the server finished the operation without a task
   */
  String id();

  /**
   * Returns what was started.
   *
   * @return the operation
   */
  BatchOperation operation();

  /**
   * Asks the server once for the task's state.
   *
   * @return the current status (complete at once for a task-less answer)
   */
  DriveTaskStatus poll();

  /**
   * Waits until the task completes, at most {@link #DEFAULT_TIMEOUT}.
   *
   * @return the complete status
   * @throws DriveTaskFailedException when the task ends in {@link DriveTaskPhase#ERROR}
   * @throws DriveTaskTimeoutException when the task is still running after the timeout
   */
  DriveTaskStatus await();

  /**
   * Waits until the task completes.
   *
   * @param timeout the bound on the total waiting between polls (request time not counted)
   * @return the complete status
   * @throws DriveTaskFailedException when the task ends in {@link DriveTaskPhase#ERROR}
   * @throws DriveTaskTimeoutException when the task is still running after the timeout
   */
  DriveTaskStatus await(Duration timeout);
}
