package io.github.pikpak4j.api.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of the batch calls {@code POST /drive/v1/files:batchMove}, {@code :batchCopy}, {@code
 * :batchTrash}, {@code :batchUntrash}, {@code :batchDelete}, {@code :star} and {@code :unstar}
 * (protocol §5.6): {@code {"ids":[...]}}, with {@code "to":{"parent_id":"<dst>"}} for move and copy.
 *
 * @param ids the entry ids
 * @param to the destination of a move or copy, or {@code null} (omitted from the JSON)
 */
public record BatchRequest(List<String> ids, @Nullable BatchTarget to) {

  /**
   * Copies the ids.
   *
   * @param ids the entry ids
   * @param to the destination of a move or copy, or {@code null} (omitted from the JSON)
   */
  public BatchRequest {
    ids = List.copyOf(ids);
  }

  /**
   * Creates a body with ids only (trash, untrash, delete, star, unstar).
   *
   * @param ids the entry ids
   * @return the body
   */
  public static BatchRequest of(List<String> ids) {
    return new BatchRequest(ids, null);
  }

  /**
   * Creates a move or copy body.
   *
   * @param ids the entry ids
   * @param parentId the destination folder id, {@code ""} for the root
   * @return the body
   */
  public static BatchRequest to(List<String> ids, String parentId) {
    return new BatchRequest(ids, new BatchTarget(parentId));
  }
}
