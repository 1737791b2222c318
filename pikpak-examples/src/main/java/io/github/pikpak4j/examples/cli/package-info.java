/**
 * The {@code pikpak} command-line program: picocli commands over the public {@code PikPakClient}
 * facade, with {@code --json} output for scripts and an embedded emulator sandbox for newcomers.
 * Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.examples.cli;

import org.jspecify.annotations.NullMarked;
