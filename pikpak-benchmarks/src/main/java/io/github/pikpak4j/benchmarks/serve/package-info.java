/** {@code pikpak serve}: proxy throughput against the SDK's own download, first-byte time, redirect answer time. */
@NullMarked
package io.github.pikpak4j.benchmarks.serve;

import org.jspecify.annotations.NullMarked;
