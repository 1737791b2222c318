package io.github.pikpak4j.api.model;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an archive (rclone {@code FileInArchive}).
 *
 * @param index the entry's index in the archive
 * @param filename the entry's name
 * @param filesize the size in bytes (an int-string on the wire)
 * @param kind {@code drive#file} or {@code drive#folder}, or {@code null}
 * @param path the entry's path inside the archive, or {@code null}
 * @param gcid the entry's GCID, or {@code null}
 */
public record ArchiveEntry(
    int index,
    @Nullable String filename,
    long filesize,
    @Nullable String kind,
    @Nullable String path,
    @Nullable String gcid) {}
