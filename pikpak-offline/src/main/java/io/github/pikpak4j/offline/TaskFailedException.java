package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.PikPakException;

/**
 * An offline task ended in {@link TaskPhase#ERROR}; {@link #task()} carries the server's message.
 * The task can be retried with {@link OfflineTasks#retry(String)}.
 */
public class TaskFailedException extends PikPakException {
  private static final long serialVersionUID = 1L;

  private final transient OfflineTask task;

  /**
   * Creates the exception.
   *
   * @param task the failed task
   */
  public TaskFailedException(OfflineTask task) {
    super(
        "offline task "
            + task.id()
            + (task.name().isEmpty() ? "" : " (" + task.name() + ")")
            + " failed"
            + (task.message().isEmpty() ? "" : ": " + task.message()));
    this.task = task;
  }

  /**
   * Returns the task as last polled.
   *
   * @return the task, in {@link TaskPhase#ERROR}
   */
  public OfflineTask task() {
    return task;
  }

  /**
   * Returns the server's reason.
   *
   * @return the task's {@code message}, possibly {@code ""}
   */
  public String serverMessage() {
    return task.message();
  }
}
