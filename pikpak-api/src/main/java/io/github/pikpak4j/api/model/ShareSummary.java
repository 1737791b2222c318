package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * One of the user's own shares, an entry of {@code GET /drive/v1/share/list} (protocol §9.6).
 * Numbers arrive as int-strings. {@code toString()} masks the pass code.
 *
 * @param shareId the share id; {@code ""} when absent
 * @param shareUrl the share URL (without pass code); {@code ""} when absent
 * @param shareStatus the share's status, for example {@code OK}; {@code ""} when absent
 * @param shareStatusText the server's explanation; {@code ""} when absent
 * @param title the name of the first shared item; {@code ""} when absent
 * @param passCode the pass code; {@code ""} for a public share
 * @param shareTo {@code publiclink}, {@code encryptedlink} or an app name; {@code ""} when absent
 * @param fileNum the number of shared items, {@code 0} when absent
 * @param expirationDays days of validity, {@code -1} for never ({@code 0} when absent)
 * @param expirationAt RFC 3339 text, or {@code "-1"} for never; {@code ""} when absent
 * @param viewCount how often the share was viewed
 * @param restoreCount how often the share was saved
 * @param createTime RFC 3339 text; {@code ""} when absent
 */
public record ShareSummary(
    @Json(name = "share_id") String shareId,
    @Json(name = "share_url") String shareUrl,
    @Json(name = "share_status") String shareStatus,
    @Json(name = "share_status_text") String shareStatusText,
    String title,
    @Json(name = "pass_code") String passCode,
    @Json(name = "share_to") String shareTo,
    @Json(name = "file_num") long fileNum,
    @Json(name = "expiration_days") long expirationDays,
    @Json(name = "expiration_at") String expirationAt,
    @Json(name = "view_count") long viewCount,
    @Json(name = "restore_count") long restoreCount,
    @Json(name = "create_time") String createTime) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param shareId the share id; {@code ""} when absent
   * @param shareUrl the share URL (without pass code); {@code ""} when absent
   * @param shareStatus the share's status, for example {@code OK}; {@code ""} when absent
   * @param shareStatusText the server's explanation; {@code ""} when absent
   * @param title the name of the first shared item; {@code ""} when absent
   * @param passCode the pass code; {@code ""} for a public share
   * @param shareTo {@code publiclink}, {@code encryptedlink} or an app name; {@code ""} when absent
   * @param fileNum the number of shared items, {@code 0} when absent
   * @param expirationDays days of validity, {@code -1} for never ({@code 0} when absent)
   * @param expirationAt RFC 3339 text, or {@code "-1"} for never; {@code ""} when absent
   * @param viewCount how often the share was viewed
   * @param restoreCount how often the share was saved
   * @param createTime RFC 3339 text; {@code ""} when absent
   */
  public ShareSummary {
    shareId = Values.str(shareId);
    shareUrl = Values.str(shareUrl);
    shareStatus = Values.str(shareStatus);
    shareStatusText = Values.str(shareStatusText);
    title = Values.str(title);
    passCode = Values.str(passCode);
    shareTo = Values.str(shareTo);
    expirationAt = Values.str(expirationAt);
    createTime = Values.str(createTime);
  }

  /** Returns a description with the pass code masked. */
  @Override
  public String toString() {
    return "ShareSummary[shareId=" + shareId + ", shareUrl=" + shareUrl + ", shareStatus="
        + shareStatus + ", title=" + title + ", passCode=" + Values.mask(passCode)
        + ", fileNum=" + fileNum + ", expirationDays=" + expirationDays + "]";
  }
}
