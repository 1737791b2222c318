package io.github.pikpak4j.api;

/**
 * An API answer was larger than the client's limit ({@link PikPakApis#DEFAULT_MAX_RESPONSE_BYTES} unless configured):
 * it was not read further, so a hostile or broken server cannot exhaust the heap. The message names the endpoint and
 * the limit.
 */
public class ResponseTooLargeException extends InvalidResponseException {

  /** The largest response body accepted, in bytes. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param message human text naming the endpoint and the limit
   * @param context status and endpoint
   * @param limit the limit that was exceeded, in bytes
   */
  public ResponseTooLargeException(String message, ErrorContext context, long limit) {
    super(message, context, null, null);
    this.limit = limit;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return bytes
   */
  public long limit() {
    return limit;
  }
}
