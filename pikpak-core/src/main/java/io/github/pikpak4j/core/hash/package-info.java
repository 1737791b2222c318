/**
 * Content hashes PikPak uses to recognise files: the GCID sent when an upload is created ({@link
 * io.github.pikpak4j.core.hash.Gcid#of(java.nio.file.Path)}) and the cid used for the cid-to-gcid
 * lookup ({@link io.github.pikpak4j.core.hash.Gcid#cid(java.nio.file.Path)}).
 *
 * <p>Everything here is pure computation, performs no network calls and can be used on its own.
 * Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.core.hash;

import org.jspecify.annotations.NullMarked;
