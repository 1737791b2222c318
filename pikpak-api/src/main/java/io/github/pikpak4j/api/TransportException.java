package io.github.pikpak4j.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
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

  /**
   * Returns whether the request may have reached the server before the failure: {@code false} only when the cause
   * shows the connection was never made (refused, unknown host, no route, connect timeout). A write that failed this
   * way was certainly not applied; any other transport failure (reset, read timeout, truncated answer) leaves its
   * fate unknown.
   *
   * @return {@code true} unless the connection provably never opened
   */
  public boolean mayHaveReachedServer() {
    for (Throwable c = this; c != null; c = c.getCause()) {
      if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException) {
        return false;
      }
      if (c instanceof SocketTimeoutException
          && String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
        return false;
      }
    }
    return true;
  }
}
