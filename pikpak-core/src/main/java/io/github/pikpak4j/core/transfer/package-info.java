/**
 * Transfers: the download engine ({@link io.github.pikpak4j.core.transfer.Transfers}): ranged, multi-connection,
 * resumable and verified downloads from PikPak's CDN under a {@link
 * io.github.pikpak4j.core.transfer.ConnectionBudget}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.core.transfer;

import org.jspecify.annotations.NullMarked;
