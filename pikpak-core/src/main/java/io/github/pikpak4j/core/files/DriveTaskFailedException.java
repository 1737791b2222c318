package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.PikPakException;

/** An asynchronous drive task ended in {@link DriveTaskPhase#ERROR}; the message carries the server's reason. */
public class DriveTaskFailedException extends PikPakException {
  private static final long serialVersionUID = 1L;

  private final transient DriveTaskStatus status;

  /**
   * Creates the exception.
   *
   * @param what the operation, e.g. {@code "move"}
   * @param status the failed status
   */
  public DriveTaskFailedException(String what, DriveTaskStatus status) {
    super(what + " task " + status.id() + " failed"
        + (status.message().isEmpty() ? "" : ": " + status.message()));
    this.status = status;
  }

  /**
   * Returns the failed status.
   *
   * @return the status, phase {@link DriveTaskPhase#ERROR}
   */
  public DriveTaskStatus status() {
    return status;
  }
}
