package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.QuotaExceededException;
import io.github.pikpak4j.api.TaskApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.OfflineTaskList;
import io.github.pikpak4j.api.model.OfflineTaskResource;
import io.github.pikpak4j.api.model.TaskRetryRequest;
import io.github.pikpak4j.api.model.TaskRetryResponse;
import io.github.pikpak4j.api.model.UrlTaskRequest;
import io.github.pikpak4j.api.model.UrlTaskResponse;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Offline (cloud) downloads: PikPak fetches a magnet, ed2k, http(s) or social-site link into the
 * drive on its own servers.
 *
 * <pre>{@code
 * OfflineTasks offline = client.offline();
 * AddResult added = offline.add(OfflineUrl.parse("magnet:?xt=urn:btih:..."));
 * CompletedTask done = offline.await(added.task().id(), Duration.ofHours(1),
 *     t -> System.err.println(t.phase() + " " + t.progress() + "%"));
 * System.out.println(done.file().id());
 * }</pre>
 *
 * <p>Every call runs through the {@link CallExecutor} given at creation, so the client's retry
 * policy and rate limit apply. The add ({@code POST /drive/v1/files}) and the retry ({@code POST
 * /drive/v1/task}) are not idempotent and are never replayed blindly once they may have reached
 * the server (the client's executor decides that; an add whose fate is unknown is looked up
 * first, see {@link #add(OfflineUrl, AddOptions)}); the daily task limit and a full drive fail at once with
 * {@link DailyTaskLimitException} and {@link StorageFullException}. Waiting polls on the given
 * scheduler, so any number of waits share its threads. Each call joins its one implementation in {@link
 * AsyncOfflineTasks}, so a blocking call's retry waits are scheduled too (the caller's thread only waits for the
 * result). Thread-safe and immutable.
 */
public final class OfflineTasks {
  /** The page size of listings (100 tasks), unless {@link #withPageSize(int)} changes it. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private static final String WITH = "reference_resource";
  private static final String THUMBNAIL_SIZE = "SIZE_SMALL";

  private final TaskApi api;
  private final DriveApi drive;
  private final CallExecutor executor;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final AwaitPolicy policy;
  private final int pageSize;
  private final DoubleSupplier random;

  OfflineTasks(
      TaskApi api,
      DriveApi drive,
      CallExecutor executor,
      ScheduledExecutorService scheduler,
      Clock clock,
      AwaitPolicy policy,
      int pageSize,
      DoubleSupplier random) {
    this.api = api;
    this.drive = drive;
    this.executor = executor;
    this.scheduler = scheduler;
    this.clock = clock;
    this.policy = policy;
    this.pageSize = pageSize;
    this.random = random;
  }

  /**
   * Creates the offline-task client. The facade does this for {@code PikPakClient.offline()}.
   *
   * @param api the raw task calls ({@code PikPakApis.retrofit(driveUrl, http).create(TaskApi.class)})
   * @param drive the raw drive calls, used to fetch a completed task's file
   * @param executor runs every call under the client's retry policy and rate limit
   * @param scheduler schedules the polls of {@link #awaitAsync}; not shut down by this class
   * @param clock measures the timeouts of waits
   * @return the client, with {@link AwaitPolicy#defaults()} and {@value #DEFAULT_PAGE_SIZE} tasks
   *     per page
   */
  public static OfflineTasks create(
      TaskApi api,
      DriveApi drive,
      CallExecutor executor,
      ScheduledExecutorService scheduler,
      Clock clock) {
    return new OfflineTasks(
        api,
        drive,
        executor,
        scheduler,
        clock,
        AwaitPolicy.defaults(),
        DEFAULT_PAGE_SIZE,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Returns a copy that polls with another policy.
   *
   * @param policy the polling policy
   * @return the copy
   */
  public OfflineTasks withAwaitPolicy(AwaitPolicy policy) {
    return new OfflineTasks(
        api, drive, executor, scheduler, clock, Objects.requireNonNull(policy), pageSize, random);
  }

  /**
   * Returns a copy that asks for another page size (the server may send fewer).
   *
   * @param pageSize tasks per page, 1 to {@value TaskApi#MAX_LIMIT}
   * @return the copy
   * @throws InvalidInputException if the size is out of range
   */
  public OfflineTasks withPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > TaskApi.MAX_LIMIT) {
      throw new InvalidInputException("page size must be between 1 and " + TaskApi.MAX_LIMIT);
    }
    return new OfflineTasks(api, drive, executor, scheduler, clock, policy, pageSize, random);
  }

  OfflineTasks withRandom(DoubleSupplier random) {
    return new OfflineTasks(api, drive, executor, scheduler, clock, policy, pageSize, random);
  }

  /**
   * Returns the polling policy of {@link #await}.
   *
   * @return the policy
   */
  public AwaitPolicy awaitPolicy() {
    return policy;
  }

  // ---- add -------------------------------------------------------------------------------------

  /**
   * Creates a task with the server's name in PikPak's default download folder ("My Pack").
   *
   * @param url the validated link
   * @return queued, or already complete when PikPak had the content
   * @throws DailyTaskLimitException when today's task allowance is used up
   * @throws StorageFullException when the drive is full
   */
  public AddResult add(OfflineUrl url) {
    return add(url, AddOptions.defaults());
  }

  /**
   * Validates a link, then creates a task. A malformed link fails before any request.
   *
   * @param link a magnet, ed2k, http(s) or social-site link
   * @param options name and target folder
   * @return queued, or already complete when PikPak had the content
   * @throws InvalidInputException if the link is malformed (nothing is sent)
   * @throws DailyTaskLimitException when today's task allowance is used up
   * @throws StorageFullException when the drive is full
   */
  public AddResult add(String link, AddOptions options) {
    return add(OfflineUrl.parse(link), options);
  }

  /**
   * Creates a task. The add is not idempotent (a replay would create a second task and spend the
   * daily allowance twice), so after an answer that leaves its fate unknown (a 5xx or a connection
   * lost after it opened) the task is looked up by its URL among all tasks ({@link AmbiguousWrites}):
   * a task found is returned, otherwise the add is sent once more. A task of the same URL added
   * earlier is found too, and returned instead of a second one.
   *
   * @param url the validated link
   * @param options name and target folder
   * @return queued, or already complete when PikPak had the content
   * @throws DailyTaskLimitException when today's task allowance is used up
   * @throws StorageFullException when the drive is full
   * @throws NotFoundException when the target folder does not exist
   */
  public AddResult add(OfflineUrl url, AddOptions options) {
    return Futures.join(async().add(url, options), "adding an offline task");
  }

  /** The look-up of an add whose answer was lost: a task of that URL; shared with {@link AsyncOfflineTasks}. */
  static Predicate<OfflineTask> sameUrl(OfflineUrl url) {
    return t -> t.url().equals(url.value());
  }

  /** The result of an add whose task was found by {@link #sameUrl}; shared with {@link AsyncOfflineTasks}. */
  static AddResult found(OfflineTask task) {
    return new AddResult(task.isComplete() ? AddResult.Status.ALREADY_COMPLETE : AddResult.Status.QUEUED, task);
  }

  static QuotaExceededException typedQuota(QuotaExceededException e) {
    String error = e.error() == null ? "" : e.error();
    if (error.startsWith("task_daily_create_limit") || e.errorCode() == 11) {
      return new DailyTaskLimitException(e);
    }
    if (error.equals("file_space_not_enough") || e.errorCode() == 8) {
      return new StorageFullException(e);
    }
    return e;
  }

  static AddResult toResult(UrlTaskResponse response) {
    OfflineTaskResource r = response.task();
    DriveFile file = response.file();
    if (r == null && file == null) {
      throw new InvalidResponseException(
          "invalid response from POST /drive/v1/files: neither a task nor a file");
    }
    if (r == null) {
      OfflineTask fromFile =
          new OfflineTask(
              "", file.name(), TaskPhase.COMPLETE, 100, file.id(), file.name(), file.size(), "", "",
              file.createdTime(), file.modifiedTime());
      return new AddResult(AddResult.Status.ALREADY_COMPLETE, fromFile);
    }
    OfflineTask task = OfflineTask.of(r);
    if (file != null && !file.id().isEmpty() && task.fileId().isEmpty()) {
      task =
          new OfflineTask(
              task.id(), task.name(), task.phase(), task.progress(), file.id(), file.name(),
              file.size(), task.message(), task.url(), task.createdTime(), task.updatedTime());
    }
    boolean done = task.isComplete() || (file != null && !file.id().isEmpty());
    return new AddResult(done ? AddResult.Status.ALREADY_COMPLETE : AddResult.Status.QUEUED, task);
  }

  // ---- read ------------------------------------------------------------------------------------

  /**
   * Gets one task.
   *
   * @param taskId the task id
   * @return the task
   * @throws NotFoundException if no such task exists (it may have been deleted)
   * @throws InvalidInputException if the id is blank or contains {@code /}
   */
  public OfflineTask get(String taskId) {
    return Futures.join(async().get(taskId), "getting offline task " + taskId);
  }

  static NotFoundException notFound(String id, NotFoundException e) {
    return new NotFoundException(
        "offline task " + id + " not found (it may have been deleted)" + e.context().suffix(),
        e.context(),
        e);
  }

  /**
   * Lists the first page of tasks in the given phases, newest first as the server orders them.
   *
   * @param phases the phases to list; empty for all four
   * @return the first page
   */
  public Page<OfflineTask> list(Set<TaskPhase> phases) {
    return list(phases, "");
  }

  /**
   * Lists one page of tasks in the given phases.
   *
   * @param phases the phases to list; empty for all four
   * @param pageToken {@code ""} for the first page, else a token from {@link Page#nextPageToken()}
   * @return the page
   */
  public Page<OfflineTask> list(Set<TaskPhase> phases, String pageToken) {
    return Futures.join(async().list(phases, pageToken), "listing offline tasks");
  }

  /** The list request of {@link #list(Set, String)}; shared with {@link AsyncOfflineTasks}. */
  Call<OfflineTaskList> listCall(Set<TaskPhase> phases, String pageToken) {
    return api.listTasks(
        TaskApi.TYPE_OFFLINE, pageSize, pageToken, filter(phases), WITH, THUMBNAIL_SIZE);
  }

  /** Maps one listed page; shared with {@link AsyncOfflineTasks}. */
  static Page<OfflineTask> toPage(OfflineTaskList page) {
    List<OfflineTask> items = new ArrayList<>(page.tasks().size());
    page.tasks().forEach(t -> items.add(OfflineTask.of(t)));
    return new Page<>(items, page.nextPageToken());
  }

  /**
   * Lists every task in the given phases, fetching pages lazily as iteration reaches them.
   *
   * @param phases the phases to list; empty for all four
   * @return a lazy, restartable view of all pages
   */
  public AutoPager<OfflineTask> listAll(Set<TaskPhase> phases) {
    Set<TaskPhase> copy = phases.isEmpty() ? EnumSet.noneOf(TaskPhase.class) : EnumSet.copyOf(phases);
    return new AutoPager<>(token -> list(copy, token));
  }

  static String filter(Set<TaskPhase> phases) {
    Set<TaskPhase> set = phases.isEmpty() ? EnumSet.allOf(TaskPhase.class) : EnumSet.copyOf(phases);
    StringJoiner joined = new StringJoiner(",");
    set.forEach(p -> joined.add(p.wireName()));
    return TaskApi.phaseFilter(joined.toString());
  }

  // ---- change ----------------------------------------------------------------------------------

  /**
   * Retries a failed task (typically the day after a daily-limit failure). Sent once: the retry is
   * not idempotent.
   *
   * @param taskId the task id
   * @return the task as the server reports it after the retry
   * @throws NotFoundException if no such task exists
   * @throws DailyTaskLimitException when today's task allowance is used up
   */
  public OfflineTask retry(String taskId) {
    return Futures.join(async().retry(taskId), "retrying offline task " + taskId);
  }

  /** The task a retry answered with, or {@code null} when it must be fetched; shared with the async view. */
  static @Nullable OfflineTask retried(TaskRetryResponse response) {
    OfflineTaskResource task = response.task();
    return task != null && !task.id().isEmpty() ? OfflineTask.of(task) : null;
  }

  /**
   * Deletes tasks in one call; a running task is cancelled. The server ignores ids it does not
   * know and says nothing per id, so the tasks are listed (all phases) before and after the call:
   * only listed ids are sent, and a task counts as deleted when it is gone from the list after.
   *
   * @param taskIds the task ids, at least one
   * @param deleteFiles whether to delete the downloaded files as well
   * @return which tasks were deleted and which were not (unknown, or still listed); nothing is
   *     sent when none is listed
   * @throws InvalidInputException if no id is given, or an id is blank or contains {@code /} or
   *     {@code ,}
   */
  public IdsOutcome delete(Collection<String> taskIds, boolean deleteFiles) {
    return Futures.join(async().delete(taskIds, deleteFiles), "deleting offline tasks");
  }

  /** The ids of listed tasks; shared with {@link AsyncOfflineTasks}. */
  static Set<String> listedIds(List<OfflineTask> tasks) {
    Set<String> out = new HashSet<>();
    tasks.forEach(t -> out.add(t.id()));
    return out;
  }

  /** Checks the ids of a delete; shared with {@link AsyncOfflineTasks}. */
  static List<String> checkIds(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      throw new InvalidInputException("no task id given");
    }
    List<String> ids = new ArrayList<>();
    for (String id : taskIds) {
      String checked = checkId(id);
      if (checked.indexOf(',') >= 0) {
        throw new InvalidInputException("a task id must not contain ','");
      }
      ids.add(checked);
    }
    return ids;
  }

  /** The async implementation every blocking call here joins (its waits are scheduled, no thread sleeps). */
  private AsyncOfflineTasks async() {
    return AsyncOfflineTasks.of(this);
  }

  // ---- await -----------------------------------------------------------------------------------

  /**
   * Waits for a task to end, polling with backoff (see {@link AwaitPolicy}) and reporting progress
   * to the listener. Blocks the calling thread; {@link #awaitAsync} does not.
   *
   * @param taskId the task id
   * @param timeout how long to wait; the task keeps running after a timeout
   * @param listener hears the task on the first poll and on every change of phase or progress
   * @return the completed task and its file
   * @throws TaskFailedException if the task ended in {@link TaskPhase#ERROR}, with its message
   * @throws AwaitTimeoutException if the timeout passed first
   * @throws NotFoundException if the task does not exist or disappeared
   * @throws PikPakException if polling failed {@link AwaitPolicy#maxConsecutiveErrors()} times in
   *     a row, or the thread was interrupted (the wait is then cancelled)
   */
  public CompletedTask await(String taskId, Duration timeout, AwaitListener listener) {
    return Futures.join(awaitAsync(taskId, timeout, listener), "waiting for offline task " + taskId);
  }

  /**
   * Waits for a task without blocking: polls are scheduled on the client's scheduler and run
   * through its executor, so many waits share a few threads. Cancelling the future stops polling.
   *
   * @param taskId the task id
   * @param timeout how long to wait; the task keeps running after a timeout
   * @param listener hears the task on the first poll and on every change of phase or progress
   * @return a future completed with the task and its file, or exceptionally with {@link
   *     TaskFailedException}, {@link AwaitTimeoutException}, {@link NotFoundException} or the last
   *     polling error
   * @throws InvalidInputException if the id is blank or the timeout negative (nothing is sent)
   */
  public CompletableFuture<CompletedTask> awaitAsync(
      String taskId, Duration timeout, AwaitListener listener) {
    String id = checkId(taskId);
    if (timeout.isNegative()) {
      throw new InvalidInputException("timeout must not be negative");
    }
    return new TaskWaiter(this, id, timeout, Objects.requireNonNull(listener)).start();
  }

  // ---- plumbing for TaskWaiter -----------------------------------------------------------------

  TaskApi api() {
    return api;
  }

  DriveApi drive() {
    return drive;
  }

  CallExecutor executor() {
    return executor;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  Clock clock() {
    return clock;
  }

  double random() {
    return random.getAsDouble();
  }

  static String checkId(String taskId) {
    String id = taskId.strip();
    if (id.isEmpty()) {
      throw new InvalidInputException("the task id is empty");
    }
    if (id.indexOf('/') >= 0 || id.indexOf('?') >= 0 || id.indexOf('#') >= 0) {
      throw new InvalidInputException("a task id must not contain '/', '?' or '#'");
    }
    return id;
  }

  @Override
  public String toString() {
    return "OfflineTasks{pageSize=" + pageSize + ", policy=" + policy + "}";
  }
}
