package io.github.pikpak4j.core.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancels a running download or upload from another thread: the one cancellation type of every transfer. A download
 * then stops within one buffer, keeps its partial file and state for a later resume, and throws {@link
 * DownloadCancelledException}; an upload stops within about one 64 KiB write, saves its session and throws {@code
 * UploadCancelledException} (its create call is never interrupted half-way). Interrupting the transferring thread has
 * the same effect. Thread-safe; one token may cancel several transfers.
 *
 * <pre>{@code
 * Cancellation cancel = new Cancellation();
 * executor.submit(() -> client.transfers().download("/big.iso", target,
 *     DownloadOptions.builder().cancellation(cancel).build()));
 * cancel.cancel();
 * }</pre>
 */
public final class Cancellation {
  private volatile boolean cancelled;
  private final List<Runnable> hooks = new ArrayList<>();

  /** Creates a token that is not cancelled. */
  public Cancellation() {}

  /** Cancels every download using this token. */
  public void cancel() {
    List<Runnable> run;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      run = new ArrayList<>(hooks);
    }
    run.forEach(Runnable::run);
  }

  /** {@return whether {@link #cancel()} was called} */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Registers an action run on cancel (at once if already cancelled). Used by the engine to abort requests.
   *
   * @param hook the action
   * @return an action that unregisters the hook
   */
  public Runnable onCancel(Runnable hook) {
    boolean now;
    synchronized (this) {
      now = cancelled;
      if (!now) {
        hooks.add(hook);
      }
    }
    if (now) {
      hook.run();
    }
    return () -> {
      synchronized (this) {
        hooks.remove(hook);
      }
    };
  }
}
