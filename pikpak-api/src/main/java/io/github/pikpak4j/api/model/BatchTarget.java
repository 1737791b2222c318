package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * The {@code to} object of a batch move or copy (protocol §5.6): {@code {"parent_id":"<dst>"}}.
 *
 * @param parentId the destination folder id, {@code ""} for the root
 */
public record BatchTarget(@Json(name = "parent_id") String parentId) {}
