/** The upload benchmark: GCID against sequential SHA-1, SDK upload against curl, heap use. */
@NullMarked
package io.github.pikpak4j.benchmarks.upload;

import org.jspecify.annotations.NullMarked;
