/** pikpak4j examples module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.examples;

import org.jspecify.annotations.NullMarked;
