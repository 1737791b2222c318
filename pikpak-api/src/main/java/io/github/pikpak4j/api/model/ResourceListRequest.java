package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Body of {@code POST /drive/v1/resource/list}.
 *
 * @param urls the magnet or URL (several are joined with spaces)
 * @param pageSize the page size; peers send 500
 * @param thumbnailType peers send {@code FROM_HASH}
 */
public record ResourceListRequest(
    String urls, @Json(name = "page_size") int pageSize, @Json(name = "thumbnail_type") String thumbnailType) {

  /**
   * The request for one URL, with the peers' page size and thumbnail type.
   *
   * @param url the magnet or URL
   * @return the request
   */
  public static ResourceListRequest of(String url) {
    return new ResourceListRequest(url, 500, "FROM_HASH");
  }
}
