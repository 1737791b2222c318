/**
 * Implementation details of pikpak-api (Moshi adapters, the envelope-checking converter); not a
 * public API and subject to change. Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.api.internal;

import org.jspecify.annotations.NullMarked;
