package io.github.pikpak4j.core.link;

import io.github.pikpak4j.api.PikPakException;

/**
 * The file has no link for the requested policy: a folder, a file still being processed (right after an upload
 * a file can have no link for up to a minute), or a media variant the file does not have.
 */
public class LinkUnavailableException extends PikPakException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing, naming the file id and the variants available
   */
  public LinkUnavailableException(String message) {
    super(message);
  }
}
