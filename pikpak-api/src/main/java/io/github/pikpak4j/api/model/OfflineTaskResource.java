package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An offline (cloud download) task as the drive API sends it (protocol §8.2), {@code kind}
 * {@code drive#task}. {@code file_size} is an int-string on the wire.
 *
 * @param id the task id; required
 * @param kind {@code drive#task}, or {@code ""} when absent
 * @param name the task's name (usually the name of the resulting file), or {@code ""}
 * @param type {@code offline}, or {@code ""} when absent
 * @param phase {@code PHASE_TYPE_PENDING}, {@code PHASE_TYPE_RUNNING}, {@code PHASE_TYPE_COMPLETE}
 *     or {@code PHASE_TYPE_ERROR}; {@code ""} when absent
 * @param progress the progress in percent, 0 to 100
 * @param message the status text; the reason when the phase is {@code PHASE_TYPE_ERROR}; {@code ""}
 *     when absent
 * @param fileId the id of the resulting drive file or folder, or {@code ""}
 * @param fileName the name of the resulting drive file or folder, or {@code ""}
 * @param fileSize the size in bytes, {@code 0} when absent
 * @param params extra parameters ({@code url}, {@code age}, {@code predict_speed}, ...) as strings;
 *     empty when absent
 * @param createdTime when the task was created, or {@code null}
 * @param updatedTime when the task last changed, or {@code null}
 */
public record OfflineTaskResource(
    @Required String id,
    String kind,
    String name,
    String type,
    String phase,
    int progress,
    String message,
    @Json(name = "file_id") String fileId,
    @Json(name = "file_name") String fileName,
    @Json(name = "file_size") long fileSize,
    Map<String, String> params,
    @Json(name = "created_time") @Nullable Instant createdTime,
    @Json(name = "updated_time") @Nullable Instant updatedTime) {

  /** The {@code kind} of tasks. */
  public static final String KIND = "drive#task";

  /**
   * Normalises absent strings to {@code ""} and absent params to empty.
   *
   * @param id the task id; required
   * @param kind {@code drive#task}, or {@code ""} when absent
   * @param name the task's name (usually the name of the resulting file), or {@code ""}
   * @param type {@code offline}, or {@code ""} when absent
   * @param phase {@code PHASE_TYPE_PENDING}, {@code PHASE_TYPE_RUNNING}, {@code PHASE_TYPE_COMPLETE}
   *     or {@code PHASE_TYPE_ERROR}; {@code ""} when absent
   * @param progress the progress in percent, 0 to 100
   * @param message the status text; the reason when the phase is {@code PHASE_TYPE_ERROR}; {@code ""}
   *     when absent
   * @param fileId the id of the resulting drive file or folder, or {@code ""}
   * @param fileName the name of the resulting drive file or folder, or {@code ""}
   * @param fileSize the size in bytes, {@code 0} when absent
   * @param params extra parameters ({@code url}, {@code age}, {@code predict_speed}, ...) as strings;
   *     empty when absent
   * @param createdTime when the task was created, or {@code null}
   * @param updatedTime when the task last changed, or {@code null}
   */
  public OfflineTaskResource {
    id = Values.str(id);
    kind = Values.str(kind);
    name = Values.str(name);
    type = Values.str(type);
    phase = Values.str(phase);
    message = Values.str(message);
    fileId = Values.str(fileId);
    fileName = Values.str(fileName);
    params = Values.map(params);
  }
}
