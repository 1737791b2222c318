/** CDN host selection benchmark: first-wins verified probing against the fastest node and AList's old probe. */
@NullMarked
package io.github.pikpak4j.benchmarks.cdn;

import org.jspecify.annotations.NullMarked;
