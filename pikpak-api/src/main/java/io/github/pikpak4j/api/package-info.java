/** pikpak4j api module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.api;

import org.jspecify.annotations.NullMarked;
