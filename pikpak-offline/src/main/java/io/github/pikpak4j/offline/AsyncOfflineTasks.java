package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.QuotaExceededException;
import io.github.pikpak4j.api.model.TaskRetryRequest;
import io.github.pikpak4j.api.model.UrlTaskRequest;
import io.github.pikpak4j.api.paging.AsyncPager;
import io.github.pikpak4j.api.paging.Page;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link OfflineTasks}: the same calls, each returning a {@link CompletableFuture} at once.
 * Obtain it from the facade ({@code client.async().offline()}) or with {@link #of(OfflineTasks)}.
 *
 * <pre>{@code
 * client.async().offline()
 *     .add(OfflineUrl.parse("magnet:?xt=urn:btih:..."))
 *     .thenCompose(added -> client.async().offline().await(added.task().id(), Duration.ofHours(1), t -> { }))
 *     .thenAccept(done -> System.out.println(done.file().id()));
 * }</pre>
 *
 * <p>Requests go through the same executor as the blocking view (same retry policy, rate limit and HTTP pools;
 * retry waits and polls are scheduled on the client's scheduler, never slept). Each call is written once, here: the
 * blocking {@link OfflineTasks} joins it. <b>Failures</b>, bad input included, never throw: the future fails with the exact
 * exception the blocking method throws ({@link DailyTaskLimitException}, {@link NotFoundException}, {@link
 * InvalidInputException}, ...), not wrapped. Callbacks run on the HTTP client's or the scheduler's threads: chain
 * blocking work with an {@code ...Async(fn, executor)} stage of your own. Thread-safe and immutable.
 */
public final class AsyncOfflineTasks {
  private final OfflineTasks sync;

  private AsyncOfflineTasks(OfflineTasks sync) {
    this.sync = sync;
  }

  /**
   * Returns the asynchronous view of a blocking client (sharing its executor, scheduler and settings).
   *
   * @param sync the blocking client
   * @return the view
   */
  public static AsyncOfflineTasks of(OfflineTasks sync) {
    return new AsyncOfflineTasks(Objects.requireNonNull(sync, "sync"));
  }

  /**
   * Returns the blocking view with the same settings.
   *
   * @return the blocking client
   */
  public OfflineTasks sync() {
    return sync;
  }

  /**
   * Returns a copy that polls with another policy (see {@link OfflineTasks#withAwaitPolicy}).
   *
   * @param policy the polling policy
   * @return the copy
   */
  public AsyncOfflineTasks withAwaitPolicy(AwaitPolicy policy) {
    return new AsyncOfflineTasks(sync.withAwaitPolicy(policy));
  }

  /**
   * Returns a copy that asks for another page size (see {@link OfflineTasks#withPageSize}).
   *
   * @param pageSize tasks per page, 1 to 500
   * @return the copy
   * @throws InvalidInputException if the size is out of range (a setting, not a call: thrown at once)
   */
  public AsyncOfflineTasks withPageSize(int pageSize) {
    return new AsyncOfflineTasks(sync.withPageSize(pageSize));
  }

  /**
   * Returns the polling policy of {@link #await}.
   *
   * @return the policy
   */
  public AwaitPolicy awaitPolicy() {
    return sync.awaitPolicy();
  }

  /**
   * Creates a task in the default folder; see {@link OfflineTasks#add(OfflineUrl)}.
   *
   * @param url the validated link
   * @return queued or already complete; fails with {@link DailyTaskLimitException} or {@link StorageFullException}
   */
  public CompletableFuture<AddResult> add(OfflineUrl url) {
    return add(url, AddOptions.defaults());
  }

  /**
   * Validates a link, then creates a task; see {@link OfflineTasks#add(String, AddOptions)}.
   *
   * @param link a magnet, ed2k, http(s) or social-site link
   * @param options name and target folder
   * @return queued or already complete; fails with {@link InvalidInputException} for a malformed link (nothing sent)
   */
  public CompletableFuture<AddResult> add(String link, AddOptions options) {
    return Futures.call(() -> add(OfflineUrl.parse(link), options));
  }

  /**
   * Creates a task, looked up by its URL before it is sent again after an ambiguous failure; see {@link OfflineTasks#add(OfflineUrl, AddOptions)}.
   *
   * @param url the validated link
   * @param options name and target folder
   * @return queued or already complete; fails with {@link DailyTaskLimitException}, {@link StorageFullException} or
   *     {@link NotFoundException}
   */
  public CompletableFuture<AddResult> add(OfflineUrl url, AddOptions options) {
    return Futures.call(
        () -> {
          UrlTaskRequest body = UrlTaskRequest.of(url.value(), options.name(), options.folderId().orElse(null));
          return AmbiguousWrites.sendAsync(
                  sync.executor(),
                  sync.api().createUrlTask(body),
                  OfflineTasks::toResult,
                  () ->
                      listAll(EnumSet.noneOf(TaskPhase.class))
                          .findFirst(OfflineTasks.sameUrl(url))
                          .thenApply(found -> found.map(OfflineTasks::found)))
              .exceptionally(t -> rethrow(typed(Futures.unwrap(t), null)));
        });
  }

  /**
   * Gets one task; see {@link OfflineTasks#get(String)}.
   *
   * @param taskId the task id
   * @return the task; fails with {@link NotFoundException} or, for a blank id, {@link InvalidInputException}
   */
  public CompletableFuture<OfflineTask> get(String taskId) {
    return Futures.call(
        () -> {
          String id = OfflineTasks.checkId(taskId);
          return sync.executor()
              .executeAsync(sync.api().getTask(id))
              .exceptionally(t -> rethrow(typed(Futures.unwrap(t), id)))
              .thenApply(OfflineTask::of);
        });
  }

  /**
   * Lists the first page of tasks in the given phases; see {@link OfflineTasks#list(Set)}.
   *
   * @param phases the phases; empty for all four
   * @return the first page
   */
  public CompletableFuture<Page<OfflineTask>> list(Set<TaskPhase> phases) {
    return list(phases, "");
  }

  /**
   * Lists one page of tasks; see {@link OfflineTasks#list(Set, String)}.
   *
   * @param phases the phases; empty for all four
   * @param pageToken {@code ""} for the first page, else a token from {@link Page#nextPageToken()}
   * @return the page
   */
  public CompletableFuture<Page<OfflineTask>> list(Set<TaskPhase> phases, String pageToken) {
    return Futures.call(
        () -> sync.executor().executeAsync(sync.listCall(phases, pageToken)).thenApply(OfflineTasks::toPage));
  }

  /**
   * Lists every task in the given phases, page after page without blocking; see {@link OfflineTasks#listAll}.
   *
   * @param phases the phases; empty for all four
   * @return the pager
   */
  public AsyncPager<OfflineTask> listAll(Set<TaskPhase> phases) {
    Set<TaskPhase> copy = phases.isEmpty() ? EnumSet.noneOf(TaskPhase.class) : EnumSet.copyOf(phases);
    return new AsyncPager<>(token -> list(copy, token));
  }

  /**
   * Retries a failed task, sent once; see {@link OfflineTasks#retry(String)}.
   *
   * @param taskId the task id
   * @return the task after the retry; fails with {@link NotFoundException} or {@link DailyTaskLimitException}
   */
  public CompletableFuture<OfflineTask> retry(String taskId) {
    return Futures.call(
        () -> {
          String id = OfflineTasks.checkId(taskId);
          return sync.executor()
              .executeAsync(sync.api().retryTask(TaskRetryRequest.of(id)))
              .exceptionally(t -> rethrow(typed(Futures.unwrap(t), id)))
              .thenCompose(
                  r -> {
                    OfflineTask retried = OfflineTasks.retried(r);
                    return retried != null ? CompletableFuture.completedFuture(retried) : get(id);
                  });
        });
  }

  /**
   * Deletes tasks in one call, listing the tasks before and after; see {@link OfflineTasks#delete(Collection,
   * boolean)}.
   *
   * @param taskIds the task ids, at least one
   * @param deleteFiles whether to delete the downloaded files as well
   * @return which tasks were deleted and which were not; fails with {@link InvalidInputException} for bad ids
   *     (nothing sent)
   */
  public CompletableFuture<IdsOutcome> delete(Collection<String> taskIds, boolean deleteFiles) {
    return Futures.call(
        () -> {
          List<String> ids = OfflineTasks.checkIds(taskIds);
          return IdsOutcome.sendListedAsync(
              ids,
              () -> listAll(Set.of()).toList().thenApply(OfflineTasks::listedIds),
              send -> sync.executor().executeAsync(sync.api().deleteTasks(String.join(",", send), deleteFiles)));
        });
  }

  /**
   * Waits for a task with scheduled polls (no thread held between polls); the same as {@link
   * OfflineTasks#awaitAsync}, except that bad input fails the future instead of being thrown.
   *
   * @param taskId the task id
   * @param timeout how long to wait
   * @param listener hears the task on the first poll and on every change
   * @return the completed task; fails with {@link TaskFailedException}, {@link AwaitTimeoutException}, {@link
   *     NotFoundException} or the last polling error. Cancelling it stops polling.
   */
  public CompletableFuture<CompletedTask> await(String taskId, Duration timeout, AwaitListener listener) {
    return Futures.call(() -> sync.awaitAsync(taskId, timeout, listener));
  }

  /** The typed exception the blocking method throws for this failure. */
  private static Throwable typed(Throwable t, @Nullable String id) {
    if (t instanceof QuotaExceededException q) {
      return OfflineTasks.typedQuota(q);
    }
    if (t instanceof NotFoundException nf && id != null) {
      return OfflineTasks.notFound(id, nf);
    }
    return t;
  }

  private static <T> T rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new CompletionException(t);
  }

  @Override
  public String toString() {
    return "Async" + sync;
  }
}
