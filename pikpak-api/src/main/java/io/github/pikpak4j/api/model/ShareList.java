package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One page of {@code GET /drive/v1/share/list} (protocol §9.6); the entries are in {@code data}.
 *
 * @param data the shares of this page; empty when none
 * @param nextPageToken the token of the next page; {@code ""} on the last page
 */
public record ShareList(
    List<ShareSummary> data, @Json(name = "next_page_token") String nextPageToken) {

  /**
   * Normalises absent entries to empty and an absent token to {@code ""}.
   *
   * @param data the shares of this page; empty when none
   * @param nextPageToken the token of the next page; {@code ""} on the last page
   */
  public ShareList {
    data = Values.list(data);
    nextPageToken = Values.str(nextPageToken);
  }
}
