package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link DriveTask}: a handle on the server task of a batch operation started by {@link
 * AsyncFiles#start(BatchOperation)}.
 *
 * <pre>{@code
 * client.async().files().start(BatchOperation.trash(ids))
 *     .thenCompose(task -> task.await(Duration.ofMinutes(2)))
 *     .thenAccept(done -> System.out.println("trashed: " + done.id()));
 * }</pre>
 *
 * <p>Waiting polls {@code GET /drive/v1/tasks/{id}} on the blocking handle's schedule (first after 500 ms, the wait
 * doubling up to 5 s between polls), each wait scheduled on the client's scheduler: no thread sleeps, the client's
 * {@code Sleeper} is not used. Each poll goes through the client's retry policy. Cancelling the future of {@link
 * #await(Duration)} stops the polling. Thread-safe.
 */
public interface AsyncDriveTask {

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
  CompletableFuture<DriveTaskStatus> poll();

  /**
   * Waits until the task completes, at most {@link DriveTask#DEFAULT_TIMEOUT} (60 seconds) of waiting.
   *
   * @return the complete status; fails with {@link io.github.pikpak4j.core.files.DriveTaskFailedException} when the
   *     task ends in error, {@link io.github.pikpak4j.core.files.DriveTaskTimeoutException} when it is still running
   *     after the timeout
   */
  CompletableFuture<DriveTaskStatus> await();

  /**
   * Waits until the task completes.
   *
   * @param timeout the bound on the total waiting between polls (request time not counted)
   * @return the complete status; fails with {@link io.github.pikpak4j.core.files.DriveTaskFailedException} when the
   *     task ends in error, {@link io.github.pikpak4j.core.files.DriveTaskTimeoutException} when it is still running
   *     after the timeout
   */
  CompletableFuture<DriveTaskStatus> await(Duration timeout);
}
