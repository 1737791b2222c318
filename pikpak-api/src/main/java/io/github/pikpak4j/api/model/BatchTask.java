package io.github.pikpak4j.api.model;

import java.time.Instant;
import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous drive task as {@code GET /drive/v1/tasks/{id}} reports it (protocol §5.8, §8.2),
 * here the fields a batch operation or empty-trash task needs.
 *
 * @param id the task id; required
 * @param phase {@code PHASE_TYPE_PENDING}, {@code PHASE_TYPE_RUNNING}, {@code PHASE_TYPE_COMPLETE}
 *     or {@code PHASE_TYPE_ERROR}; required
 * @param type the task type (for example {@code offline}), or {@code null}
 * @param name the task name, or {@code null}
 * @param progress the progress, 0 to 100 (0 when absent)
 * @param message the status text; the reason when the phase is an error; {@code ""} when absent
 * @param createdTime when the task was created, or {@code null}
 * @param updatedTime when the task was last updated, or {@code null}
 */
public record BatchTask(
    @Required String id,
    @Required String phase,
    @Nullable String type,
    @Nullable String name,
    int progress,
    String message,
    @Json(name = "created_time") @Nullable Instant createdTime,
    @Json(name = "updated_time") @Nullable Instant updatedTime) {

  /** The phase of a finished task. */
  public static final String PHASE_COMPLETE = "PHASE_TYPE_COMPLETE";

  /** The phase of a failed task. */
  public static final String PHASE_ERROR = "PHASE_TYPE_ERROR";

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param id the task id; required
   * @param phase {@code PHASE_TYPE_PENDING}, {@code PHASE_TYPE_RUNNING}, {@code PHASE_TYPE_COMPLETE}
   *     or {@code PHASE_TYPE_ERROR}; required
   * @param type the task type (for example {@code offline}), or {@code null}
   * @param name the task name, or {@code null}
   * @param progress the progress, 0 to 100 (0 when absent)
   * @param message the status text; the reason when the phase is an error; {@code ""} when absent
   * @param createdTime when the task was created, or {@code null}
   * @param updatedTime when the task was last updated, or {@code null}
   */
  public BatchTask {
    id = Values.str(id);
    phase = Values.str(phase);
    message = Values.str(message);
  }
}
