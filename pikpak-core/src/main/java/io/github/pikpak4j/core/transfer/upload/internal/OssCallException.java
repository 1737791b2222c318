package io.github.pikpak4j.core.transfer.upload.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A failed OSS request: an error answer (status and OSS code) or a transport failure (status 0). */
final class OssCallException extends Exception {
  private static final long serialVersionUID = 1L;

  final String operation;
  final int status;
  final @Nullable String code;
  final @Nullable String requestId;

  OssCallException(
      String operation, int status, @Nullable String code, String message, @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }

  /** Whether another attempt of an idempotent request may succeed. */
  boolean retryable() {
    if (status == 0) {
      return getCause() instanceof IOException
          && !(getCause() instanceof FileRangeBody.CancelledIOException)
          && !(getCause() instanceof io.github.pikpak4j.core.hash.ContentSizeMismatchException);
    }
    return status >= 500 || status == 429 || status == 408;
  }
}
