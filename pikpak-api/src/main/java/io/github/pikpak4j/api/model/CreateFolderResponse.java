package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /drive/v1/files} for a folder (protocol §5.6): the created folder, whose
 * {@code name} is the server's final name ({@code name(1)} when the requested one was taken).
 *
 * @param file the created folder; required
 * @param uploadType the {@code upload_type} the server echoes (e.g. {@code UPLOAD_TYPE_UNKNOWN}), or
 *     {@code null}
 */
public record CreateFolderResponse(
    @Required DriveFile file, @Json(name = "upload_type") @Nullable String uploadType) {}
