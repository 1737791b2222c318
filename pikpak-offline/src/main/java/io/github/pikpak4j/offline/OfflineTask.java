package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.model.OfflineTaskResource;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An offline (cloud download) task.
 *
 * <pre>{@code
 * OfflineTask t = client.offline().get(taskId);
 * if (t.phase() == TaskPhase.ERROR) System.err.println(t.message());
 * }</pre>
 *
 * @param id the task id ({@code ""} only for a result the server reported as a file without a task)
 * @param name the task's name, usually the resulting file's name
 * @param phase the phase
 * @param progress the progress in percent, 0 to 100
 * @param fileId the id of the resulting drive file or folder, {@code ""} while unknown
 * @param fileName the name of the resulting drive file or folder, {@code ""} while unknown
 * @param fileSize the size in bytes, {@code 0} while unknown
 * @param message the server's status text; the reason of a failure in {@link TaskPhase#ERROR}
 * @param url the downloaded link as the server reports it ({@code params.url}), {@code ""} when
 *     absent
 * @param createdTime when the task was created, or {@code null}
 * @param updatedTime when the task last changed, or {@code null}
 */
public record OfflineTask(
    String id,
    String name,
    TaskPhase phase,
    int progress,
    String fileId,
    String fileName,
    long fileSize,
    String message,
    String url,
    @Nullable Instant createdTime,
    @Nullable Instant updatedTime) {

  /**
   * Checks for nulls and clamps {@code progress} to 0..100.
   *
   * @param id the task id ({@code ""} only for a result the server reported as a file without a task)
   * @param name the task's name, usually the resulting file's name
   * @param phase the phase
   * @param progress the progress in percent, 0 to 100
   * @param fileId the id of the resulting drive file or folder, {@code ""} while unknown
   * @param fileName the name of the resulting drive file or folder, {@code ""} while unknown
   * @param fileSize the size in bytes, {@code 0} while unknown
   * @param message the server's status text; the reason of a failure in {@link TaskPhase#ERROR}
   * @param url the downloaded link as the server reports it ({@code params.url}), {@code ""} when
   *     absent
   * @param createdTime when the task was created, or {@code null}
   * @param updatedTime when the task last changed, or {@code null}
   */
  public OfflineTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(url, "url");
    progress = Math.max(0, Math.min(100, progress));
  }

  /**
   * Maps the wire model.
   *
   * @param r the task as the API sent it
   * @return the task
   */
  public static OfflineTask of(OfflineTaskResource r) {
    return new OfflineTask(
        r.id(),
        r.name(),
        TaskPhase.fromWire(r.phase()),
        r.progress(),
        r.fileId(),
        r.fileName(),
        r.fileSize(),
        r.message(),
        r.params().getOrDefault("url", ""),
        r.createdTime(),
        r.updatedTime());
  }

  /**
   * Returns whether the task is done with its file in the drive.
   *
   * @return {@code phase() == COMPLETE}
   */
  public boolean isComplete() {
    return phase == TaskPhase.COMPLETE;
  }
}
