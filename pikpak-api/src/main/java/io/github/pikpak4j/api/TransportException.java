package io.github.pikpak4j.api;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The request failed on the network (connect, timeout, reset, truncated body): no usable answer
 * was received. Wraps the {@link IOException}, available as {@link #getCause()}.
 */
public class TransportException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public TransportException(String message) {
    super(message);
  }

  /**
   * Creates the exception wrapping an I/O failure.
   *
   * @param message human text, free of secrets
   * @param cause the I/O failure
   */
  public TransportException(String message, IOException cause) {
    super(message, cause);
  }

  /**
   * Creates the exception with the details of a call.
   *
   * @param message human text, free of secrets
   * @param context endpoint and whatever else is known
   * @param cause the I/O failure, or {@code null}
   */
  public TransportException(String message, ErrorContext context, @Nullable IOException cause) {
    super(message, context, cause);
  }
}
