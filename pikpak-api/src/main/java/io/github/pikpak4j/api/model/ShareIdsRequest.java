package io.github.pikpak4j.api.model;

import java.util.List;

/**
 * Body of {@code POST /drive/v1/share:batchDelete} (protocol §9.6): {@code {"ids":[…]}}.
 *
 * @param ids the share ids
 */
public record ShareIdsRequest(List<String> ids) {

  /**
   * Copies the list.
   *
   * @param ids the share ids
   */
  public ShareIdsRequest {
    ids = Values.list(ids);
  }
}
