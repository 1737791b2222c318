package io.github.pikpak4j.api.model;

import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /drive/v1/resource/cid} (rclone {@code getGcid}).
 *
 * @param gcid the GCID PikPak holds for the content, or {@code null}/empty when it holds none
 */
public record CidLookup(@Nullable String gcid) {}
