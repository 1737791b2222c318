package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.PikPakException;

/**
 * An asynchronous drive task was still running when the wait's bound ran out. The task goes on on
 * the server; wait again with {@link DriveTask#await(java.time.Duration)} on a handle, or look at the
 * drive.
 */
public class DriveTaskTimeoutException extends PikPakException {
  private static final long serialVersionUID = 1L;

  private final transient DriveTaskStatus last;

  /**
   * Creates the exception.
   *
   * @param what the operation, e.g. {@code "copy"}
   * @param last the last status seen
   * @param waited how long was waited, e.g. {@code "PT1M"}
   */
  public DriveTaskTimeoutException(String what, DriveTaskStatus last, java.time.Duration waited) {
    super(what + " task " + last.id() + " still " + last.phase().name().toLowerCase(java.util.Locale.ROOT)
        + " after waiting " + waited.toMillis() + " ms");
    this.last = last;
  }

  /**
   * Returns the last status seen.
   *
   * @return the status
   */
  public DriveTaskStatus last() {
    return last;
  }
}
