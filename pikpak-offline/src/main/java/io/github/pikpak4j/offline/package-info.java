/**
 * Offline (cloud) download: PikPak fetches a magnet, ed2k, http(s) or social-site link into the
 * drive. {@link io.github.pikpak4j.offline.OfflineUrl} validates a link before any request is sent;
 * {@link io.github.pikpak4j.offline.OfflineTasks} adds, lists, retries, deletes and awaits tasks.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.offline;

import org.jspecify.annotations.NullMarked;
