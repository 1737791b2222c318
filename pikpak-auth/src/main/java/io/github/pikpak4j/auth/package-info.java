/** pikpak4j auth module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.auth;

import org.jspecify.annotations.NullMarked;
