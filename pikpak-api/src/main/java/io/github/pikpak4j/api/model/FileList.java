package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One page of {@code GET /drive/v1/files} (protocol §5.2).
 *
 * @param files the files of this page; empty when none
 * @param nextPageToken the token of the next page; {@code ""} on the last page
 */
public record FileList(List<DriveFile> files, @Json(name = "next_page_token") String nextPageToken) {

  /**
   * Normalises absent files to an empty list and an absent token to {@code ""}.
   *
   * @param files the files of this page; empty when none
   * @param nextPageToken the token of the next page; {@code ""} on the last page
   */
  public FileList {
    files = Values.list(files);
    nextPageToken = Values.str(nextPageToken);
  }

  /**
   * Returns whether this is the last page.
   *
   * @return {@code true} when {@code nextPageToken} is empty
   */
  public boolean isLastPage() {
    return nextPageToken.isEmpty();
  }
}
