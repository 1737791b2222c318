package io.github.pikpak4j.core.files;

/**
 * The state of an asynchronous drive task (a batch operation or empty-trash) at one poll.
 *
 * @param id the task id; {@code ""} when the server finished the operation without a task
 * @param phase the phase
 * @param progress the progress, 0 to 100
 * @param message the server's status text; the reason when the phase is {@link
 *     DriveTaskPhase#ERROR}; {@code ""} when none
 */
public record DriveTaskStatus(String id, DriveTaskPhase phase, int progress, String message) {

  /**
   * Returns the status of an operation the server finished without a task.
   *
   * @return a complete status with id {@code ""}
   */
  public static DriveTaskStatus immediate() {
    return new DriveTaskStatus("", DriveTaskPhase.COMPLETE, 100, "");
  }

  /**
   * Returns whether the task has finished, successfully or not.
   *
   * @return {@code true} for {@link DriveTaskPhase#COMPLETE} and {@link DriveTaskPhase#ERROR}
   */
  public boolean isDone() {
    return phase == DriveTaskPhase.COMPLETE || phase == DriveTaskPhase.ERROR;
  }
}
