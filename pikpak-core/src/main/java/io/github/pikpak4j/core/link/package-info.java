/**
 * Download links: which signed CDN URL serves a file ({@link io.github.pikpak4j.core.link.LinkPolicy}: the original
 * bytes or a playback rendition), when it expires, and how it is resolved again ({@link
 * io.github.pikpak4j.core.link.Links}).
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.core.link;

import org.jspecify.annotations.NullMarked;
