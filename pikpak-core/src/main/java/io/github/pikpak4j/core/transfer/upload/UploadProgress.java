package io.github.pikpak4j.core.transfer.upload;

/**
 * A snapshot of an upload's progress.
 *
 * @param phase what the upload is doing
 * @param bytesDone bytes of the file known to be on OSS (completed parts, plus the bytes of parts
 *     in flight); during hashing 0
 * @param totalBytes the file's size in bytes
 */
public record UploadProgress(Phase phase, long bytesDone, long totalBytes) {

  /** The steps of an upload, in order. */
  public enum Phase {
    /** Computing the GCID. */
    HASHING,
    /** Creating the upload; the server may answer that it has the content already. */
    CREATING,
    /** Sending bytes to OSS. */
    TRANSFERRING,
    /** Completing the OSS upload and confirming the file with the drive. */
    COMPLETING,
    /** Done. */
    DONE
  }

  /**
   * Returns the fraction done.
   *
   * @return {@code bytesDone / totalBytes} in {@code [0, 1]}; 1 for an empty file
   */
  public double fraction() {
    return totalBytes == 0 ? 1.0 : Math.min(1.0, (double) bytesDone / totalBytes);
  }
}
