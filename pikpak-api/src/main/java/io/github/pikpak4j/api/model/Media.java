package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A playback rendition of a file ({@code medias[]}, protocol §5.1). A transcode's size differs
 * from the file's; only {@code isOrigin} renditions carry the original bytes.
 *
 * @param mediaId the rendition id (stable across link refreshes); {@code ""} when absent
 * @param mediaName the rendition name; {@code ""} when absent
 * @param resolutionName for example {@code 1080P}, {@code 720P}, {@code 480P}, or {@code null}
 * @param link the rendition's link, or {@code null}
 * @param isOrigin whether this rendition is the original bytes
 * @param isDefault whether this is the player's default rendition
 * @param isVisible whether the rendition is visible (when false, {@code medias[0]} may be a
 *     transcode)
 * @param video the video properties, or {@code null}
 * @param needMoreQuota whether playing it needs more quota
 * @param priority the server's ordering hint, {@code 0} when absent
 * @param redirectLink the redirect link, or {@code null}
 * @param category the category, or {@code null}
 */
public record Media(
    @Json(name = "media_id") String mediaId,
    @Json(name = "media_name") String mediaName,
    @Json(name = "resolution_name") @Nullable String resolutionName,
    @Nullable MediaLink link,
    @Json(name = "is_origin") boolean isOrigin,
    @Json(name = "is_default") boolean isDefault,
    @Json(name = "is_visible") boolean isVisible,
    @Nullable VideoInfo video,
    @Json(name = "need_more_quota") boolean needMoreQuota,
    long priority,
    @Json(name = "redirect_link") @Nullable String redirectLink,
    @Nullable String category) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param mediaId the rendition id (stable across link refreshes); {@code ""} when absent
   * @param mediaName the rendition name; {@code ""} when absent
   * @param resolutionName for example {@code 1080P}, {@code 720P}, {@code 480P}, or {@code null}
   * @param link the rendition's link, or {@code null}
   * @param isOrigin whether this rendition is the original bytes
   * @param isDefault whether this is the player's default rendition
   * @param isVisible whether the rendition is visible (when false, {@code medias[0]} may be a
   *     transcode)
   * @param video the video properties, or {@code null}
   * @param needMoreQuota whether playing it needs more quota
   * @param priority the server's ordering hint, {@code 0} when absent
   * @param redirectLink the redirect link, or {@code null}
   * @param category the category, or {@code null}
   */
  public Media {
    mediaId = Values.str(mediaId);
    mediaName = Values.str(mediaName);
  }

  /**
   * Creates a rendition with only the main fields.
   *
   * @param mediaId the rendition id
   * @param mediaName the rendition name
   * @param resolutionName the resolution name, or {@code null}
   * @param link the link, or {@code null}
   * @param isOrigin whether this rendition is the original bytes
   * @param isDefault whether this is the default rendition
   * @param isVisible whether the rendition is visible
   */
  public Media(
      String mediaId,
      String mediaName,
      @Nullable String resolutionName,
      @Nullable MediaLink link,
      boolean isOrigin,
      boolean isDefault,
      boolean isVisible) {
    this(mediaId, mediaName, resolutionName, link, isOrigin, isDefault, isVisible, null, false, 0,
        null, null);
  }
}
