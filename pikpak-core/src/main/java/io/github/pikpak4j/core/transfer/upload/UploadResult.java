package io.github.pikpak4j.core.transfer.upload;

import io.github.pikpak4j.core.files.FileEntry;

/**
 * The outcome of an upload.
 *
 * @param file the file in the drive, as the server reports it after the upload
 * @param requestedName the name the upload asked for
 * @param instant whether the server already had the content, so no byte was sent
 * @param bytesSent how many bytes this call sent to OSS (retries included), 0 when instant
 * @param partsSent how many OSS requests carried bytes in this call (parts, or 1 for a single
 *     PUT), retries included
 */
public record UploadResult(
    FileEntry file, String requestedName, boolean instant, long bytesSent, int partsSent) {

  /**
   * Returns whether the server stored the file under another name than requested, for example
   * {@code name(1)} because the name was taken.
   *
   * @return {@code true} when {@code file().name()} differs from {@link #requestedName()}
   */
  public boolean renamed() {
    return !file.name().equals(requestedName);
  }
}
