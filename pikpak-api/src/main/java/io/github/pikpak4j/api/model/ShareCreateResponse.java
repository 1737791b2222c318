package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * The answer of {@code POST /drive/v1/share} (protocol §9.6). {@code toString()} masks the pass
 * code.
 *
 * @param shareId the new share's id; {@code ""} when absent
 * @param shareUrl {@code https://mypikpak.com/s/<share_id>} (without the pass code); {@code ""}
 *     when absent
 * @param passCode the pass code (server-generated or the custom one); {@code ""} for a public share
 * @param shareText the server's ready-to-send text; {@code ""} when absent
 */
public record ShareCreateResponse(
    @Json(name = "share_id") String shareId,
    @Json(name = "share_url") String shareUrl,
    @Json(name = "pass_code") String passCode,
    @Json(name = "share_text") String shareText) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param shareId the new share's id; {@code ""} when absent
   * @param shareUrl {@code https://mypikpak.com/s/<share_id>} (without the pass code); {@code ""}
   *     when absent
   * @param passCode the pass code (server-generated or the custom one); {@code ""} for a public share
   * @param shareText the server's ready-to-send text; {@code ""} when absent
   */
  public ShareCreateResponse {
    shareId = Values.str(shareId);
    shareUrl = Values.str(shareUrl);
    passCode = Values.str(passCode);
    shareText = Values.str(shareText);
  }

  /** Returns a description with the pass code masked (the share text may contain it too). */
  @Override
  public String toString() {
    return "ShareCreateResponse[shareId=" + shareId + ", shareUrl=" + shareUrl + ", passCode="
        + Values.mask(passCode) + "]";
  }
}
