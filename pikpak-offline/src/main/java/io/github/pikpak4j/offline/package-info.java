/** pikpak4j offline module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.offline;

import org.jspecify.annotations.NullMarked;
