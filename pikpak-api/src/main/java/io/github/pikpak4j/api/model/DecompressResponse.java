package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /decompress/v1/decompress} (rclone {@code DecompressResult}).
 *
 * @param status {@code OK} when accepted, or {@code null}
 * @param statusText an explanation otherwise, or {@code null}
 * @param taskId the extraction's id, or {@code null}
 * @param filesNum the number of files in the archive
 */
public record DecompressResponse(
    @Nullable String status,
    @Json(name = "status_text") @Nullable String statusText,
    @Json(name = "task_id") @Nullable String taskId,
    @Json(name = "files_num") int filesNum) {}
