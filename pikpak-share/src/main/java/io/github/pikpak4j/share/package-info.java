/**
 * Shares: {@link io.github.pikpak4j.share.ShareLink} parses share links before any request; {@link
 * io.github.pikpak4j.share.Shares} opens them (pass-code tokens, anonymous or signed-in reads,
 * {@code share_status} as typed {@link io.github.pikpak4j.share.ShareUnavailableException}s),
 * browses them ({@link io.github.pikpak4j.share.Share}), chooses links under a {@link
 * io.github.pikpak4j.share.TranscodePolicy}, saves them into the drive, and manages the user's own
 * shares.
 *
 * <p>The share exceptions live here, next to the {@code share_status} mapping, and extend {@link
 * io.github.pikpak4j.api.PikPakException}; restoring one's own share raises pikpak-api's {@link
 * io.github.pikpak4j.api.FileRestoreOwnException}, decoded there from {@code file_restore_own}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.share;

import org.jspecify.annotations.NullMarked;
