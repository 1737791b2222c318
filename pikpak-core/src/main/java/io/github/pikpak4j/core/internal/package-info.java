/** Internal wiring of pikpak-core. Not a public API: it may change in any release. */
@NullMarked
package io.github.pikpak4j.core.internal;

import org.jspecify.annotations.NullMarked;
