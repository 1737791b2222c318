package io.github.pikpak4j.offline;

/**
 * Hears about a task while {@link OfflineTasks#await} waits for it.
 *
 * <pre>{@code
 * AwaitListener l = t -> System.err.printf("%s %d%%%n", t.phase(), t.progress());
 * }</pre>
 *
 * <p>Called on the first poll and then whenever the phase or the progress changed, in order, never
 * concurrently for one wait; it runs on a client thread, so it must return quickly. An exception
 * it throws ends the wait with that exception.
 */
@FunctionalInterface
public interface AwaitListener {
  /** A listener that ignores everything. */
  AwaitListener NONE = task -> {};

  /**
   * Receives the task as just polled.
   *
   * @param task the task
   */
  void onProgress(OfflineTask task);
}
