/**
 * The root of pikpak-core's resource packages: {@code files}, {@code transfer}, {@code transfer.upload}, {@code
 * link}, {@code cdn}, {@code account}, {@code policy}, {@code hash} and {@code async}, each reached from {@link
 * io.github.pikpak4j.PikPakClient}. Everything here is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.core;

import org.jspecify.annotations.NullMarked;
