package io.github.pikpak4j.core.transfer;

/**
 * Receives a download's progress: at most about five times a second while bytes arrive, and once at the end. Called
 * from the download's worker threads, one call at a time; it must return quickly and not throw.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores progress (the default). */
  ProgressListener NONE = p -> {};

  /**
   * Called with the latest progress.
   *
   * @param progress the snapshot
   */
  void onProgress(DownloadProgress progress);
}
