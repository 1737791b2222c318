/** Benchmarks of the {@code pikpak} command-line program against the emulator (issue 15). */
package io.github.pikpak4j.benchmarks.cli;
