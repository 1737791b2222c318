package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws (unchecked).
 *
 * <pre>{@code
 * try {
 *   DriveFile f = ApiCalls.execute(drive.getFile(id, "FETCH", "2021", "SIZE_LARGE"));
 * } catch (NotFoundException e) {
 *   // gone
 * } catch (PikPakException e) {
 *   log.warn("{} failed: {} (request id {})", e.endpoint(), e.getMessage(), e.requestId());
 * }
 * }</pre>
 *
 * <p>This class itself is thrown for server errors without a more specific subclass, for example
 * {@code invalid_argument} 3, {@code file_duplicated_name} 3 and {@code file_rename_uncompleted} 9
 * (the latter is worth retrying; retry policies decide by {@link #error()}). The message is human
 * text that ends with {@code " [<error> <error_code>]"} when the server sent them; it never holds a
 * secret.
 */
public class PikPakException extends RuntimeException {

  /** What the server said and where: HTTP status, error name and code, description, request id, endpoint. */
  private final ErrorContext context;

  /**
   * Creates an exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public PikPakException(String message) {
    this(message, ErrorContext.NONE, null);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message human text, free of secrets
   * @param cause the underlying failure, or {@code null}
   */
  public PikPakException(String message, @Nullable Throwable cause) {
    this(message, ErrorContext.NONE, cause);
  }

  /**
   * Creates an exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public PikPakException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, cause);
    this.context = context;
  }

  /**
   * Returns everything known about the failed call.
   *
   * @return the context, {@link ErrorContext#NONE} when nothing is known
   */
  public ErrorContext context() {
    return context;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, {@code 0} when there was no HTTP answer
   */
  public int httpStatus() {
    return context.httpStatus();
  }

  /**
   * Returns the server's symbolic error name, for example {@code captcha_invalid}.
   *
   * @return the name, or {@code null}
   */
  public @Nullable String error() {
    return context.error();
  }

  /**
   * Returns the server's numeric {@code error_code}.
   *
   * @return the code, {@code 0} when none
   */
  public int errorCode() {
    return context.errorCode();
  }

  /**
   * Returns the server's {@code error_description}.
   *
   * @return the description, or {@code null}
   */
  public @Nullable String description() {
    return context.description();
  }

  /**
   * Returns the first {@code details[].reason} of the error envelope.
   *
   * @return the reason, or {@code null}
   */
  public @Nullable String reason() {
    return context.reason();
  }

  /**
   * Returns the request id from the {@code X-Request-Id} response header.
   *
   * @return the id, or {@code null} when the server sent none
   */
  public @Nullable String requestId() {
    return context.requestId();
  }

  /**
   * Returns the failed call as {@code "METHOD /path"}, for example {@code "GET /drive/v1/files"}.
   *
   * @return the endpoint, or {@code null} when unknown
   */
  public @Nullable String endpoint() {
    return context.endpoint();
  }
}
