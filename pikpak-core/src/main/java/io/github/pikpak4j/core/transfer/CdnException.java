package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.PikPakException;
import org.jspecify.annotations.Nullable;

/**
 * The CDN refused or failed a download after the bounded retries and link re-resolutions: an HTTP error status
 * ({@link #httpStatus()}), a response without the requested range, or repeated connection failures ({@link
 * #httpStatus()} 0, the cause attached). The partial file and its state are kept. The message names the host, never
 * the signed URL.
 */
public class CdnException extends PikPakException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param httpStatus the CDN's status, or 0
   * @param cause the underlying failure, or {@code null}
   */
  public CdnException(String message, int httpStatus, @Nullable Throwable cause) {
    super(message, new ErrorContext(httpStatus, null, 0, null, null, null, "GET cdn"), cause);
  }
}
