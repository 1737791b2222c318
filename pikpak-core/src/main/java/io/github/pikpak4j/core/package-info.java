/** pikpak4j core module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.core;

import org.jspecify.annotations.NullMarked;
