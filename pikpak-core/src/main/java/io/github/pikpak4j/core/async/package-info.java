/**
 * The asynchronous facade ({@code client.async()}): interfaces whose methods mirror the blocking resources one to one
 * and return {@link java.util.concurrent.CompletableFuture}s. Every future fails with the exact exception its blocking
 * twin throws (bad input included: the future fails, nothing is thrown).
 */
@NullMarked
package io.github.pikpak4j.core.async;

import org.jspecify.annotations.NullMarked;
