package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.Futures;
import java.util.concurrent.CompletableFuture;

/** Derives a blocking call of this package from its async form, through {@link Futures#join}. */
final class Joins {
  private Joins() {}

  static <T> T join(CompletableFuture<T> future) {
    return Futures.join(future, "waiting for PikPak");
  }
}
