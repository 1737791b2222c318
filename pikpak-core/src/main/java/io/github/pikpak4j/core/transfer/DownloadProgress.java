package io.github.pikpak4j.core.transfer;

/**
 * A snapshot of a download's progress.
 *
 * @param bytesDone bytes on disk (or written to the stream) so far, including bytes resumed from a partial file
 * @param totalBytes the content size in bytes
 * @param bytesPerSecond the average rate of this run so far, in bytes per second
 */
public record DownloadProgress(long bytesDone, long totalBytes, double bytesPerSecond) {

  /** {@return the completed fraction, 0 to 1 (1 for empty content)} */
  public double fraction() {
    return totalBytes <= 0 ? 1.0 : (double) bytesDone / totalBytes;
  }
}
