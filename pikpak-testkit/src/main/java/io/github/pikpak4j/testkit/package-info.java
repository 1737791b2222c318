/**
 * The PikPak emulator: an embedded, strict implementation of the PikPak user API, drive API and
 * CDN for tests and sandboxes ({@link io.github.pikpak4j.testkit.PikPakEmulator}), with fault
 * switches and a JUnit 5 extension. Everything in this package is non-null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.testkit;

import org.jspecify.annotations.NullMarked;
