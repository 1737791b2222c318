/**
 * The pikpak4j facade: {@link io.github.pikpak4j.PikPakClient}, built once and shared. Everything in this package is
 * non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j;

import org.jspecify.annotations.NullMarked;
