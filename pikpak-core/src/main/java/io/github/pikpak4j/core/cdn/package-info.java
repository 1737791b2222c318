/**
 * CDN host selection (protocol §6.3 to §6.7): which download host serves a signed link, chosen by a {@link
 * io.github.pikpak4j.core.cdn.CdnPolicy} (off, auto, a custom host or a domain swap), verified with a one-byte
 * ranged probe of the file itself, cached per host family with a TTL, and steered away from hosts that fail.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.core.cdn;

import org.jspecify.annotations.NullMarked;
