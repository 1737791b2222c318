/**
 * Raw request and response models of the PikPak HTTP API (Java records, snake_case JSON names).
 * Absent lists and maps bind to empty, absent non-null strings to {@code ""}, absent numbers to
 * {@code 0}; fields marked {@link io.github.pikpak4j.api.model.Required} must be present in
 * responses. Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.api.model;

import org.jspecify.annotations.NullMarked;
