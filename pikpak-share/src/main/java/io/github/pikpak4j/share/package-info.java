/** pikpak4j share module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.share;

import org.jspecify.annotations.NullMarked;
