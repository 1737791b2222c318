/** Benchmarks of pikpak4j against baselines, run by hand (not part of the test build). */
@NullMarked
package io.github.pikpak4j.benchmarks;

import org.jspecify.annotations.NullMarked;
