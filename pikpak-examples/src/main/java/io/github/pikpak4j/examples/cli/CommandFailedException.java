package io.github.pikpak4j.examples.cli;

/**
 * A failure the CLI found itself after requests were made (some files of a batch failed, a name is taken, a question
 * was declined): reported as {@code error: <message>} with exit code 1.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message the error line's text
   */
  CommandFailedException(String message) {
    super(message);
  }
}
