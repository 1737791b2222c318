package io.github.pikpak4j.offline;

import java.util.Objects;

/**
 * What {@link OfflineTasks#add} got: a queued task, or one that was complete at once because
 * PikPak already had the content.
 *
 * <pre>{@code
 * AddResult r = client.offline().add(OfflineUrl.parse(link));
 * if (r.status() == AddResult.Status.ALREADY_COMPLETE) {
 *   System.out.println("already there: " + r.task().fileId());
 * }
 * }</pre>
 *
 * @param status queued or already complete
 * @param task the task as the server answered
 */
public record AddResult(Status status, OfflineTask task) {

  /** The outcome of an add. */
  public enum Status {
    /** The task was created and PikPak is (or will be) downloading. */
    QUEUED,
    /** PikPak already had the content: the result is in the drive now. */
    ALREADY_COMPLETE
  }

  /**
   * Checks for nulls.
   *
   * @param status queued or already complete
   * @param task the task as the server answered
   */
  public AddResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(task, "task");
  }

  /**
   * Returns whether the result is in the drive already.
   *
   * @return {@code status() == ALREADY_COMPLETE}
   */
  public boolean isComplete() {
    return status == Status.ALREADY_COMPLETE;
  }
}
