package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of the upload create call (protocol §7.2).
 *
 * @param uploadType the upload type, for example {@code UPLOAD_TYPE_RESUMABLE}, or {@code null}
 * @param resumable the OSS parameters, or {@code null} when the upload is instant
 * @param file the created file, or {@code null}
 */
public record UploadResponse(
    @Json(name = "upload_type") @Nullable String uploadType,
    @Nullable ResumableUpload resumable,
    @Nullable DriveFile file) {

  /** The phase of a file whose content is complete. */
  public static final String PHASE_COMPLETE = "PHASE_TYPE_COMPLETE";

  /**
   * Returns whether the server already has the content: no {@code resumable} parameters, or the
   * file already complete (both tests are used by public clients, so both are checked).
   *
   * @return {@code true} when no byte needs to be sent
   */
  public boolean isInstant() {
    return resumable == null
        || resumable.params() == null
        || (file != null && PHASE_COMPLETE.equals(file.phase()));
  }
}
