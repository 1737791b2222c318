package io.github.pikpak4j.core.membership;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recent event of the drive ({@code GET /drive/v1/events}), newest first.
 *
 * @param id the event id
 * @param type {@code TYPE_UPLOAD}, {@code TYPE_RESTORE} (added by an offline task or an instant copy), {@code
 *     TYPE_PLAY}, ...; {@code ""} when absent
 * @param fileId the file's id
 * @param fileName the file's name when the event was written, as sent (sanitise before printing)
 * @param folderId the file's parent folder, {@code ""} when absent
 * @param updated the event's last report, or null when absent
 */
public record DriveEvent(
    String id, String type, String fileId, String fileName, String folderId, @Nullable Instant updated) {}
