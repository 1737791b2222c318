package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a body the SDK cannot use: malformed JSON, a value of the wrong type, or
 * a missing required field. The message names the endpoint ({@code "GET /drive/v1/files"}) and,
 * when known, the field; {@link #field()} holds the field's JSON path.
 */
public class InvalidResponseException extends PikPakException {

  /** The missing or malformed field, or {@code null} when the whole body was unreadable. */
  private final @Nullable String field;

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public InvalidResponseException(String message) {
    this(message, ErrorContext.NONE, null, null);
  }

  /**
   * Creates the exception with the details of a call.
   *
   * @param message human text, free of secrets
   * @param context status, endpoint and whatever else is known
   * @param field the JSON path of the offending field (for example {@code $.files[3].id}), or
   *     {@code null}
   * @param cause the parsing failure, or {@code null}
   */
  public InvalidResponseException(
      String message, ErrorContext context, @Nullable String field, @Nullable Throwable cause) {
    super(message, context, cause);
    this.field = field;
  }

  /**
   * Returns the JSON path of the offending field.
   *
   * @return the path (for example {@code $.files[3].id}), or {@code null} when unknown
   */
  public @Nullable String field() {
    return field;
  }
}
