package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Body of {@code POST /drive/v1/share/restore} (protocol §9.5). Without {@code parent_id} and
 * {@code specify_parent_id} the files land in "Pack From Shared". {@code toString()} masks the
 * token.
 *
 * @param shareId the share id
 * @param passCodeToken the share's pass-code token, or {@code ""}
 * @param fileIds the ids of the items to save (ids inside the share)
 * @param ancestorIds the shared folders from the top level down to the items' parent; empty for
 *     top-level items
 * @param parentId the target folder of the user's drive ({@code ""} for the root), or {@code null}
 *     for "Pack From Shared"
 * @param specifyParentId {@code true} when {@code parentId} is set, or {@code null}
 */
public record ShareRestoreRequest(
    @Json(name = "share_id") String shareId,
    @Json(name = "pass_code_token") String passCodeToken,
    @Json(name = "file_ids") List<String> fileIds,
    @Json(name = "ancestor_ids") List<String> ancestorIds,
    @Json(name = "parent_id") @org.jspecify.annotations.Nullable String parentId,
    @Json(name = "specify_parent_id") @org.jspecify.annotations.Nullable Boolean specifyParentId) {

  /**
   * Copies the lists and normalises absent strings to {@code ""}.
   *
   * @param shareId the share id
   * @param passCodeToken the share's pass-code token, or {@code ""}
   * @param fileIds the ids of the items to save (ids inside the share)
   * @param ancestorIds the shared folders from the top level down to the items' parent; empty for
   *     top-level items
   * @param parentId the target folder of the user's drive ({@code ""} for the root), or {@code null}
   *     for "Pack From Shared"
   * @param specifyParentId {@code true} when {@code parentId} is set, or {@code null}
   */
  public ShareRestoreRequest {
    shareId = Values.str(shareId);
    passCodeToken = Values.str(passCodeToken);
    fileIds = Values.list(fileIds);
    ancestorIds = Values.list(ancestorIds);
  }

  /** Returns a description with the pass-code token masked. */
  @Override
  public String toString() {
    return "ShareRestoreRequest[shareId=" + shareId + ", passCodeToken="
        + Values.mask(passCodeToken) + ", fileIds=" + fileIds + ", ancestorIds=" + ancestorIds
        + ", parentId=" + parentId + ", specifyParentId=" + specifyParentId + "]";
  }
}
