package io.github.pikpak4j.core.internal;

import java.util.Set;
import okhttp3.Request;

/** Decides whether an API request may be replayed after it may have reached the server. */
final class Idempotency {
  /** POST calls that act on ids and are safe to repeat (protocol doc section 10). */
  private static final Set<String> IDEMPOTENT_POST_SUFFIXES =
      Set.of(":batchMove", ":batchTrash", ":batchUntrash", ":batchDelete", ":star", ":unstar");

  private Idempotency() {}

  static boolean isIdempotent(Request request) {
    String method = request.method();
    if (!method.equals("POST")) {
      return true; // GET, PATCH (rename, empty trash), DELETE, PUT
    }
    String path = request.url().encodedPath();
    return IDEMPOTENT_POST_SUFFIXES.stream().anyMatch(path::endsWith);
  }
}
