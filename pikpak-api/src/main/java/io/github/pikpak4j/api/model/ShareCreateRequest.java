package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /drive/v1/share} (protocol §9.6). {@code toString()} masks the pass code.
 *
 * @param fileIds the files and folders to share
 * @param shareTo {@code publiclink} or {@code encryptedlink} (with a pass code)
 * @param passCodeOption {@code NOT_REQUIRED} or {@code REQUIRED}
 * @param expirationDays days until the share expires, {@code -1} for never
 * @param customPassCode the pass code to use, or {@code null} for a server-chosen one (or none)
 */
public record ShareCreateRequest(
    @Json(name = "file_ids") List<String> fileIds,
    @Json(name = "share_to") String shareTo,
    @Json(name = "pass_code_option") String passCodeOption,
    @Json(name = "expiration_days") int expirationDays,
    @Json(name = "custom_pass_code") @Nullable String customPassCode) {

  /** {@code share_to} of a share without a pass code. */
  public static final String PUBLIC_LINK = "publiclink";

  /** {@code share_to} of a share with a pass code. */
  public static final String ENCRYPTED_LINK = "encryptedlink";

  /** {@code pass_code_option} without a pass code. */
  public static final String NOT_REQUIRED = "NOT_REQUIRED";

  /** {@code pass_code_option} with a pass code. */
  public static final String REQUIRED = "REQUIRED";

  /**
   * Copies the list and normalises absent strings to {@code ""}.
   *
   * @param fileIds the files and folders to share
   * @param shareTo {@code publiclink} or {@code encryptedlink} (with a pass code)
   * @param passCodeOption {@code NOT_REQUIRED} or {@code REQUIRED}
   * @param expirationDays days until the share expires, {@code -1} for never
   * @param customPassCode the pass code to use, or {@code null} for a server-chosen one (or none)
   */
  public ShareCreateRequest {
    fileIds = Values.list(fileIds);
    shareTo = Values.str(shareTo);
    passCodeOption = Values.str(passCodeOption);
  }

  /** Returns a description with the pass code masked. */
  @Override
  public String toString() {
    return "ShareCreateRequest[fileIds=" + fileIds + ", shareTo=" + shareTo + ", passCodeOption="
        + passCodeOption + ", expirationDays=" + expirationDays + ", customPassCode="
        + Values.mask(customPassCode) + "]";
  }
}
