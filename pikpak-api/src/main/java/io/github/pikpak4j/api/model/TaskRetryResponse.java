package io.github.pikpak4j.api.model;

import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /drive/v1/task}. Its shape is undocumented; the task, when present, is read
 * from {@code task}.
 *
 * @param task the retried task, or {@code null}
 */
public record TaskRetryResponse(@Nullable OfflineTaskResource task) {}
