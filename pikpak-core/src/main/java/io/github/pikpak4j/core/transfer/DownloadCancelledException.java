package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.PikPakException;

/** The download was cancelled ({@link Cancellation} or thread interrupt); its partial file and state are kept. */
public class DownloadCancelledException extends PikPakException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was cancelled
   */
  public DownloadCancelledException(String message) {
    super(message);
  }
}
