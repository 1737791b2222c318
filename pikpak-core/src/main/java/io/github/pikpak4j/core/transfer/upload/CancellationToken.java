package io.github.pikpak4j.core.transfer.upload;

/**
 * Cancels an upload from another thread: the transfer stops within about one 64 KiB write, the
 * session is saved, and the upload throws {@link UploadCancelledException}. The create call is
 * never interrupted half-way: cancelling before it is sent stops the upload before it; after, the
 * file exists and the session can be resumed. Thread-safe; a token can be shared by several
 * uploads.
 *
 * <pre>{@code
 * CancellationToken cancel = new CancellationToken();
 * UploadOptions o = UploadOptions.builder().cancellation(cancel).build();
 * // elsewhere: cancel.cancel();
 * }</pre>
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  /** Creates a token that is not cancelled. */
  public CancellationToken() {}

  /** Requests cancellation; idempotent. */
  public void cancel() {
    cancelled = true;
  }

  /**
   * Returns whether cancellation was requested.
   *
   * @return {@code true} after {@link #cancel()}
   */
  public boolean isCancelled() {
    return cancelled;
  }
}
