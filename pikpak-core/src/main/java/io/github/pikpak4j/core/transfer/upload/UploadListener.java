package io.github.pikpak4j.core.transfer.upload;

/**
 * Receives progress of an upload. Called from the upload's worker threads (possibly several at
 * once), at least at every phase change and about every MiB sent; keep it quick and thread-safe.
 */
@FunctionalInterface
public interface UploadListener {
  /** A listener that ignores everything. */
  UploadListener NONE = p -> {};

  /**
   * Reports progress.
   *
   * @param progress the current state
   */
  void onProgress(UploadProgress progress);
}
