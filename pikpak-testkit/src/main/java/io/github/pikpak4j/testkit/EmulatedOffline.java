package io.github.pikpak4j.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's offline (cloud download) tasks and their switches, obtained from {@link
 * PikPakEmulator#offline()}.
 *
 * <pre>{@code
 * EmulatedOffline offline = emulator.offline();
 * offline.taskDuration(Duration.ofSeconds(30));      // COMPLETE 30 s after creation
 * offline.knowContent("c12fe1c06bba254a9dc9f519b335aa7c1367a88a"); // instant completion
 * offline.dailyLimitReached(true);                  // adds answer task_daily_create_limit (11)
 * emulator.advance(Duration.ofSeconds(30));         // tasks move on the emulator clock
 * }</pre>
 *
 * <p>A task is {@code PHASE_TYPE_PENDING} for its first tenth (at most 1 s), then {@code
 * PHASE_TYPE_RUNNING} with a progress that grows with the elapsed emulator time, and {@code
 * PHASE_TYPE_COMPLETE} once its duration has passed; its result file then appears in the target
 * folder, or in "My Pack" (created when missing) when the add named none. Phases are evaluated
 * whenever a task route is called, so the file appears at the first task call after completion.
 * A link containing {@code fail} ends in {@code PHASE_TYPE_ERROR} halfway, with the message {@link
 * #FAILURE_MESSAGE}; a link containing {@code flaky} does so only before its first retry. Thread-safe.
 */
public final class EmulatedOffline {
  /** The {@code message} of a failed task: {@value}. */
  public static final String FAILURE_MESSAGE = "The resource is not available for download";

  private static final Pattern BTIH = Pattern.compile("(?i)xt=urn:btih:([0-9a-z]+)");

  private final EmulatorState state;
  private final Map<String, EmulatedTask> tasks = new ConcurrentHashMap<>();
  private final Set<String> known = new HashSet<>();
  private Duration duration = Duration.ofSeconds(10);
  private @Nullable String dailyLimit;
  private boolean spaceExhausted;
  private int commitThenFailTimes;
  private int commitThenFailStatus;
  private int commitThenDropTimes;
  private long sequence;

  EmulatedOffline(EmulatorState state) {
    this.state = state;
  }

  /**
   * Sets how long new tasks take from creation to {@code PHASE_TYPE_COMPLETE}, on the emulator
   * clock.
   *
   * @param d a positive duration; default 10 s
   * @return this
   */
  public synchronized EmulatedOffline taskDuration(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
    this.duration = d;
    return this;
  }

  /**
   * Makes content known to the server: a magnet with this info hash (40 hex, any case), or a link
   * equal to this text, completes at once when added (the answer carries the file).
   *
   * @param infoHashOrUrl the info hash or the exact link
   * @return this
   */
  public synchronized EmulatedOffline knowContent(String infoHashOrUrl) {
    known.add(infoHashOrUrl.toLowerCase(Locale.ROOT));
    return this;
  }

  /**
   * Switches the daily task limit: while on, adds and retries answer {@code
   * task_daily_create_limit} (error code 11).
   *
   * @param reached the new state; default off
   * @return this
   */
  public synchronized EmulatedOffline dailyLimitReached(boolean reached) {
    this.dailyLimit = reached ? "task_daily_create_limit" : null;
    return this;
  }

  /**
   * Like {@link #dailyLimitReached(boolean)} with the VIP name, {@code
   * task_daily_create_limit_vip}.
   *
   * @param reached the new state; default off
   * @return this
   */
  public synchronized EmulatedOffline vipDailyLimitReached(boolean reached) {
    this.dailyLimit = reached ? "task_daily_create_limit_vip" : null;
    return this;
  }

  /**
   * Switches a full drive: while on, adds answer {@code file_space_not_enough} (error code 8).
   *
   * @param exhausted the new state; default off
   * @return this
   */
  public synchronized EmulatedOffline spaceExhausted(boolean exhausted) {
    this.spaceExhausted = exhausted;
    return this;
  }

  /**
   * Makes the next {@code times} adds create their task and then answer this HTTP status instead
   * of the result: the add reached the server, but the client cannot know it.
   *
   * @param times how many adds
   * @param httpStatus for example 503
   * @return this
   */
  public synchronized EmulatedOffline commitThenFail(int times, int httpStatus) {
    this.commitThenFailTimes = times;
    this.commitThenFailStatus = httpStatus;
    return this;
  }

  /**
   * Makes the next {@code times} adds create their task and then drop the connection without an
   * answer.
   *
   * @param times how many adds
   * @return this
   */
  public synchronized EmulatedOffline commitThenDrop(int times) {
    this.commitThenDropTimes = times;
    return this;
  }

  /**
   * Returns the ids of an account's tasks, newest first.
   *
   * @param userId the account
   * @return the task ids
   */
  public synchronized List<String> taskIds(String userId) {
    List<String> out = new ArrayList<>();
    for (EmulatedTask t : sorted(userId)) {
      out.add(t.id);
    }
    return out;
  }

  /**
   * Returns a task's current phase, evaluated at the emulator's current time.
   *
   * @param taskId the task
   * @return e.g. {@code PHASE_TYPE_RUNNING}, or empty when no such task exists
   */
  public synchronized Optional<String> phase(String taskId) {
    EmulatedTask t = tasks.get(taskId);
    if (t == null) {
      return Optional.empty();
    }
    refresh(t);
    return Optional.of(t.phase);
  }

  /** Turns every switch off (limits, space, commit-then-fail) and forgets known content; tasks stay. */
  public synchronized void clearSwitches() {
    known.clear();
    dailyLimit = null;
    spaceExhausted = false;
    commitThenFailTimes = 0;
    commitThenDropTimes = 0;
    duration = Duration.ofSeconds(10);
  }

  // ---- used by OfflineRoutes -------------------------------------------------------------------

  synchronized void checkLimits(boolean creating) {
    if (dailyLimit != null) {
      throw new ApiFailure(
          400, dailyLimit, 11, "You have reached the daily limit of offline tasks", "TASK_DAILY_CREATE_LIMIT");
    }
    if (creating && spaceExhausted) {
      throw new ApiFailure(
          400, "file_space_not_enough", 8, "Storage space is not enough", "FILE_SPACE_NOT_ENOUGH");
    }
  }

  /** Returns 0, a status to answer after committing, or -1 to drop the connection. */
  synchronized int takeCommitFault() {
    if (commitThenDropTimes > 0) {
      commitThenDropTimes--;
      return -1;
    }
    if (commitThenFailTimes > 0) {
      commitThenFailTimes--;
      return commitThenFailStatus;
    }
    return 0;
  }

  synchronized EmulatedTask create(String userId, String url, String customName, @Nullable String parentId) {
    Instant now = state.clock.instant();
    String lower = url.toLowerCase(Locale.ROOT);
    String id = "VO" + Ids.fileId("task/" + userId + "/" + (++sequence)).substring(2);
    String name = customName.isEmpty() ? nameOf(url) : customName;
    long size = 1024 + Math.floorMod(url.hashCode(), 1 << 20);
    boolean toMyPack = parentId == null;
    EmulatedTask t =
        new EmulatedTask(
            id, userId, url, name, size, parentId, toMyPack, sequence, now, duration,
            lower.contains("fail"), lower.contains("flaky"));
    tasks.put(id, t);
    if (isKnown(url)) {
      t.startedTime = now.minus(duration);
    }
    refresh(t);
    return t;
  }

  synchronized @Nullable EmulatedTask get(String userId, String id) {
    EmulatedTask t = tasks.get(id);
    if (t == null || !t.userId.equals(userId)) {
      return null;
    }
    refresh(t);
    return t;
  }

  synchronized List<EmulatedTask> list(String userId, Set<String> phases) {
    List<EmulatedTask> out = new ArrayList<>();
    for (EmulatedTask t : sorted(userId)) {
      refresh(t);
      if (phases.isEmpty() || phases.contains(t.phase)) {
        out.add(t);
      }
    }
    return out;
  }

  synchronized EmulatedTask retry(EmulatedTask t) {
    t.attempt++;
    t.startedTime = state.clock.instant();
    t.updatedTime = t.startedTime;
    t.phase = EmulatedTask.PENDING;
    t.progress = 0;
    t.message = "";
    refresh(t);
    return t;
  }

  synchronized void delete(String userId, List<String> ids, boolean deleteFiles) {
    for (String id : ids) {
      EmulatedTask t = tasks.get(id);
      if (t == null || !t.userId.equals(userId)) {
        continue;
      }
      tasks.remove(id);
      if (deleteFiles && !t.fileId.isEmpty()) {
        EmulatedDrive drive = state.drive(userId);
        if (drive.node(t.fileId) != null) {
          drive.setTrashed(t.fileId, true);
        }
      }
    }
  }

  /** Every account's tasks, oldest first, and the sequence new task ids are made from (for StateSnapshot). */
  synchronized List<EmulatedTask> allTasks() {
    List<EmulatedTask> out = new ArrayList<>(tasks.values());
    out.sort((a, b) -> Long.compare(a.sequence, b.sequence));
    return out;
  }

  synchronized long taskSequence() {
    return sequence;
  }

  /** Replaces every task with saved ones. */
  synchronized void restore(List<EmulatedTask> saved, long taskSequence) {
    tasks.clear();
    for (EmulatedTask t : saved) {
      tasks.put(t.id, t);
    }
    sequence = taskSequence;
  }

  private List<EmulatedTask> sorted(String userId) {
    List<EmulatedTask> out = new ArrayList<>();
    for (EmulatedTask t : tasks.values()) {
      if (t.userId.equals(userId)) {
        out.add(t);
      }
    }
    out.sort((a, b) -> Long.compare(b.sequence, a.sequence));
    return out;
  }

  private boolean isKnown(String url) {
    if (known.contains(url.toLowerCase(Locale.ROOT))) {
      return true;
    }
    Matcher m = BTIH.matcher(url);
    return m.find() && known.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** Moves a task to the phase its elapsed emulator time implies; creates the file on completion. */
  private void refresh(EmulatedTask t) {
    if (t.isFinal()) {
      return;
    }
    Instant now = state.clock.instant();
    long total = t.duration.toMillis();
    long elapsed = Math.max(0, Duration.between(t.startedTime, now).toMillis());
    long pending = Math.min(1000, total / 10);
    if (t.fails() && elapsed >= total / 2) {
      t.phase = EmulatedTask.ERROR;
      t.progress = (int) Math.min(99, (total / 2) * 100 / total);
      t.message = FAILURE_MESSAGE;
      t.updatedTime = t.startedTime.plusMillis(total / 2);
    } else if (elapsed >= total) {
      complete(t);
    } else if (elapsed < pending) {
      t.phase = EmulatedTask.PENDING;
      t.progress = 0;
      t.message = "Waiting";
    } else {
      String before = t.phase + t.progress;
      t.phase = EmulatedTask.RUNNING;
      t.progress = (int) Math.min(99, elapsed * 100 / total);
      t.message = "Saving";
      if (!before.equals(t.phase + t.progress)) {
        t.updatedTime = now;
      }
    }
  }

  private void complete(EmulatedTask t) {
    EmulatedDrive drive = state.drive(t.userId);
    String folder = t.parentId;
    if (folder == null || drive.node(folder) == null) {
      folder = myPack(drive, t.toMyPack);
    }
    t.fileId = drive.addFile(folder, t.name, ContentSource.seeded(t.size, t.url.hashCode()));
    t.phase = EmulatedTask.COMPLETE;
    t.progress = 100;
    t.message = "Saved";
    t.updatedTime = t.startedTime.plus(t.duration);
  }

  private static String myPack(EmulatedDrive drive, boolean toMyPack) {
    if (!toMyPack) {
      return drive.root();
    }
    for (String id : drive.children(drive.root())) {
      if (drive.name(id).equals("My Pack")) {
        return id;
      }
    }
    String id = drive.addFolder(drive.root(), "My Pack");
    drive.setFolderType(id, "DOWNLOAD");
    return id;
  }

  static String nameOf(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("magnet:")) {
      for (String part : url.substring(url.indexOf('?') + 1).split("&")) {
        if (part.startsWith("dn=") && part.length() > 3) {
          return clean(decode(part.substring(3)));
        }
      }
      Matcher m = BTIH.matcher(url);
      return m.find() ? "magnet-" + m.group(1).substring(0, Math.min(8, m.group(1).length())) : "magnet";
    }
    if (lower.startsWith("ed2k://")) {
      String[] parts = url.split("\\|");
      return parts.length > 2 && !parts[2].isEmpty() ? clean(decode(parts[2])) : "ed2k-file";
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    int slash = path.lastIndexOf('/');
    String last = slash >= 0 ? path.substring(slash + 1) : path;
    return last.isEmpty() ? "download" : clean(decode(last));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String clean(String s) {
    String c = s.replace('/', '_').strip();
    return c.isEmpty() ? "download" : c;
  }
}
