/**
 * Runnable examples, each a {@code main} that needs no account (they start the emulator): {@link
 * io.github.pikpak4j.examples.QuickStartExample} signs in and lists the drive, {@link
 * io.github.pikpak4j.examples.ShareExample} opens a share and saves it. Everything in this package is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.examples;

import org.jspecify.annotations.NullMarked;
