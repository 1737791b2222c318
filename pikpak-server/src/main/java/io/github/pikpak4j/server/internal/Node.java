package io.github.pikpak4j.server.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a mount's source (a drive entry or a share entry).
 *
 * @param id the id in its source
 * @param name the name
 * @param folder whether it is a folder
 * @param size the size in bytes (0 for folders)
 * @param modified when modified, when known
 * @param mimeType the MIME type, when known
 */
record Node(String id, String name, boolean folder, long size, @Nullable Instant modified, @Nullable String mimeType) {}
