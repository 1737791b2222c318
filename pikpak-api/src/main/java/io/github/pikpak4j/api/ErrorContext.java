package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call, carried by every {@link PikPakException}.
 *
 * <p>Built by {@link ErrorDecoder}; other modules may build one to raise their own typed exceptions
 * with the same details: {@code new ErrorContext(404, "not_found", 5, "file not found", null, null,
 * "GET /drive/v1/files/{id}")}.
 *
 * @param httpStatus the HTTP status code, {@code 0} when there was no HTTP response
 * @param error the server's symbolic {@code error} name, or {@code null}
 * @param errorCode the server's numeric {@code error_code}, {@code 0} when none
 * @param description the server's {@code error_description}, or {@code null}
 * @param reason the first {@code details[].reason} of the envelope, or {@code null}
 * @param requestId the response's {@code X-Request-Id} header, or {@code null}
 * @param endpoint the call, as {@code "METHOD /path"} (for example {@code "GET /drive/v1/files"}), or
 *     {@code null} when unknown
 */
public record ErrorContext(
    int httpStatus,
    @Nullable String error,
    int errorCode,
    @Nullable String description,
    @Nullable String reason,
    @Nullable String requestId,
    @Nullable String endpoint) {

  /** The context of an exception that was not caused by a server answer: everything empty. */
  public static final ErrorContext NONE = new ErrorContext(0, null, 0, null, null, null, null);

  /**
   * Returns a context holding only an endpoint.
   *
   * @param endpoint the call, as {@code "METHOD /path"}
   * @return a context with no status and no server error
   */
  public static ErrorContext ofEndpoint(@Nullable String endpoint) {
    return new ErrorContext(0, null, 0, null, null, null, endpoint);
  }

  /**
   * Returns a copy with another endpoint.
   *
   * @param newEndpoint the call, as {@code "METHOD /path"}
   * @return a copy of this context
   */
  public ErrorContext withEndpoint(@Nullable String newEndpoint) {
    return new ErrorContext(
        httpStatus, error, errorCode, description, reason, requestId, newEndpoint);
  }

  /**
   * Returns the bracketed suffix {@code " [<error> <error_code>]"} of exception messages, or {@code
   * ""} when the server sent neither.
   *
   * @return the suffix, starting with a space, or an empty string
   */
  public String suffix() {
    boolean hasError = error != null && !error.isEmpty();
    if (!hasError && errorCode == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" [");
    if (hasError) {
      sb.append(error);
    }
    if (errorCode != 0) {
      if (hasError) {
        sb.append(' ');
      }
      sb.append(errorCode);
    }
    return sb.append(']').toString();
  }
}
