/**
 * Shares: {@link io.github.pikpak4j.share.ShareLink} parses and validates share links ({@code
 * https://mypikpak.com/s/<share_id>}) before any request is sent.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.share;

import org.jspecify.annotations.NullMarked;
