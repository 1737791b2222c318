/** pikpak4j testkit module. Everything in this package is non-null unless annotated {@code @Nullable}. */
@NullMarked
package io.github.pikpak4j.testkit;

import org.jspecify.annotations.NullMarked;
