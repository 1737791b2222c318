package io.github.pikpak4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous tasks the emulated batch calls ({@code files:batchMove}, {@code :batchCopy},
 * {@code :batchTrash}, {@code :batchUntrash}, {@code :batchDelete}) and empty-trash answer with
 * (protocol §5.8), and the switches that shape them.
 *
 * <pre>{@code
 * emulator.batchTasks().delay(Duration.ofSeconds(2)); // RUNNING until the emulator clock moved 2 s
 * emulator.batchTasks().failNext("file is locked");   // the next batch call changes nothing, its task fails
 * }</pre>
 *
 * <p>A successful operation is applied to the drive when the call is answered; its task reports
 * {@code PHASE_TYPE_RUNNING} until the delay (default zero: complete at once) has passed on the
 * emulator clock, then {@code PHASE_TYPE_COMPLETE}. Tasks are read with {@code GET
 * /drive/v1/tasks/{id}} by their owner. Thread-safe.
 */
public final class BatchTasks {
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Deque<String> failures = new ArrayDeque<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean withoutTaskId;
  private int counter;

  BatchTasks() {}

  /** One task: owner, type, creation and completion times, error message (null when it succeeded). */
  record Task(String id, String userId, String type, Instant created, Instant due, @Nullable String error) {}

  /**
   * Sets how long, on the emulator clock, a task stays {@code PHASE_TYPE_RUNNING}.
   *
   * @param delay a non-negative duration; default {@link Duration#ZERO} (complete at once)
   * @return this
   */
  public BatchTasks delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + delay);
    }
    this.delay = delay;
    return this;
  }

  /**
   * Makes the next batch call (or empty-trash) change nothing and answer a task that ends in {@code
   * PHASE_TYPE_ERROR} with this message.
   *
   * @param message the task's {@code message}
   * @return this
   */
  public synchronized BatchTasks failNext(String message) {
    failures.add(message);
    return this;
  }

  /**
   * Makes batch calls answer {@code {}} (no task id) instead of a task, as some server versions do
   * for small batches. Default false.
   *
   * @param without whether to omit the task id
   * @return this
   */
  public BatchTasks withoutTaskId(boolean without) {
    this.withoutTaskId = without;
    return this;
  }

  /** Clears the pending failures and restores the defaults (no delay, task ids answered). */
  public synchronized void reset() {
    failures.clear();
    delay = Duration.ZERO;
    withoutTaskId = false;
  }

  /** Takes the next scripted failure, or null when the operation should succeed. */
  synchronized @Nullable String takeFailure() {
    return failures.poll();
  }

  boolean withoutTaskId() {
    return withoutTaskId;
  }

  /** Records a task and returns its id. */
  synchronized String create(String userId, String type, Instant now, @Nullable String error) {
    String id = Ids.fileId("task/" + userId + "/" + (++counter)).replaceFirst("^VN", "VT");
    tasks.put(id, new Task(id, userId, type, now, now.plus(delay), error));
    return id;
  }

  @Nullable Task get(String id, String userId) {
    Task t = tasks.get(id);
    return t == null || !t.userId().equals(userId) ? null : t;
  }

  static Map<String, Object> render(Task t, Instant now) {
    boolean done = !now.isBefore(t.due());
    String phase =
        !done ? "PHASE_TYPE_RUNNING" : t.error() != null ? "PHASE_TYPE_ERROR" : "PHASE_TYPE_COMPLETE";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "drive#task");
    m.put("id", t.id());
    m.put("name", t.type());
    m.put("type", t.type());
    m.put("user_id", t.userId());
    m.put("statuses", List.of());
    m.put("status_size", 0);
    m.put("params", Map.of());
    m.put("file_id", "");
    m.put("file_name", "");
    m.put("file_size", "0");
    m.put("message", done && t.error() != null ? t.error() : done ? "" : "running");
    m.put("created_time", Times.format(t.created()));
    m.put("updated_time", Times.format(done ? t.due() : now));
    m.put("third_task_id", "");
    m.put("phase", phase);
    m.put("progress", done ? 100 : 0);
    m.put("icon_link", "");
    m.put("callback", "");
    m.put("space", "");
    return m;
  }
}
