package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The answer of {@code GET /drive/v1/share} (protocol §9.2) and of {@code GET
 * /drive/v1/share/detail} (§9.4): the share's status, the pass-code token and one page of files.
 * {@code toString()} masks the token.
 *
 * @param shareStatus {@code OK}, {@code PASS_CODE_EMPTY}, {@code PASS_CODE_ERROR}, {@code DELETED},
 *     {@code EXPIRED}, {@code NOT_FOUND}, {@code AUDITING}, {@code SENSITIVE_RESOURCE}, {@code
 *     SENSITIVE_WORD}, {@code PROHIBITED}; {@code ""} when absent
 * @param shareStatusText the server's explanation, shown verbatim; {@code ""} when absent
 * @param passCodeToken the token to send on every later read of the share; {@code ""} when absent
 * @param files the files of this page (shared files have no {@code created_time} and no {@code
 *     hash}); empty when none
 * @param nextPageToken the token of the next page; {@code ""} on the last page
 * @param title the share's title (name of the first item); {@code ""} when absent
 * @param fileNum the number of top-level items, {@code 0} when absent
 * @param expirationAt RFC 3339 text, {@code "-1"} for never, {@code ""} when absent (kept as text)
 */
public record ShareDetail(
    @Json(name = "share_status") String shareStatus,
    @Json(name = "share_status_text") String shareStatusText,
    @Json(name = "pass_code_token") String passCodeToken,
    List<DriveFile> files,
    @Json(name = "next_page_token") String nextPageToken,
    String title,
    @Json(name = "file_num") long fileNum,
    @Json(name = "expiration_at") String expirationAt) {

  /**
   * Normalises absent strings to {@code ""} and absent files to empty.
   *
   * @param shareStatus {@code OK}, {@code PASS_CODE_EMPTY}, {@code PASS_CODE_ERROR}, {@code DELETED},
   *     {@code EXPIRED}, {@code NOT_FOUND}, {@code AUDITING}, {@code SENSITIVE_RESOURCE}, {@code
   *     SENSITIVE_WORD}, {@code PROHIBITED}; {@code ""} when absent
   * @param shareStatusText the server's explanation, shown verbatim; {@code ""} when absent
   * @param passCodeToken the token to send on every later read of the share; {@code ""} when absent
   * @param files the files of this page (shared files have no {@code created_time} and no {@code
   *     hash}); empty when none
   * @param nextPageToken the token of the next page; {@code ""} on the last page
   * @param title the share's title (name of the first item); {@code ""} when absent
   * @param fileNum the number of top-level items, {@code 0} when absent
   * @param expirationAt RFC 3339 text, {@code "-1"} for never, {@code ""} when absent (kept as text)
   */
  public ShareDetail {
    shareStatus = Values.str(shareStatus);
    shareStatusText = Values.str(shareStatusText);
    passCodeToken = Values.str(passCodeToken);
    files = Values.list(files);
    nextPageToken = Values.str(nextPageToken);
    title = Values.str(title);
    expirationAt = Values.str(expirationAt);
  }

  /** Returns a description with the pass-code token masked. */
  @Override
  public String toString() {
    return "ShareDetail[shareStatus=" + shareStatus + ", shareStatusText=" + shareStatusText
        + ", passCodeToken=" + Values.mask(passCodeToken) + ", files=" + files.size()
        + ", nextPageToken=" + nextPageToken + ", title=" + title + ", fileNum=" + fileNum
        + ", expirationAt=" + expirationAt + "]";
  }
}
