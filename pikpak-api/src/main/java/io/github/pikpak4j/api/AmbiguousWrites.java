package io.github.pikpak4j.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * The one rule for non-idempotent writes (create folder, add offline task, create share, save a share, upload
 * create) whose answer leaves their fate unknown: look the effect up, return it when it exists, otherwise send the
 * write once more.
 *
 * <pre>{@code
 * Folder f = AmbiguousWrites.send(executor, api.createFolder(body), Mapper::folder,
 *     () -> findFolder(parentId, name));
 * }</pre>
 *
 * <p>The rule, step by step:
 *
 * <ol>
 *   <li>The write is sent through the executor (which never replays it after it may have reached the server).
 *   <li>A failure is <em>ambiguous</em> ({@link #ambiguous(Throwable)}) when it may or may not have reached the
 *       server: an HTTP 5xx answer, or a transport failure after the connection opened (reset, read timeout,
 *       truncated answer). Any other failure is thrown as it is.
 *   <li>After an ambiguous failure the effect is looked up (the folder by name under its parent, the task by its
 *       URL, ...). Found: it is returned, nothing more is sent. Not found: the write is sent once more.
 *   <li>When that second send fails ambiguously too, the effect is looked up once more; when it is still not there,
 *       the second failure is thrown. At most two sends, and the second only after a look-up found nothing.
 *   <li>When a look-up itself fails, nothing more is sent (the effect may exist): the write's failure is thrown with
 *       the look-up's failure {@linkplain Throwable#getSuppressed() suppressed}.
 * </ol>
 *
 * <p>So once the server answers again there is exactly one effect, never zero and never two, unless the server's
 * listings lag behind its writes (a look-up that misses a write already applied leads to a second send). The
 * blocking and the asynchronous forms run the same steps; the asynchronous one composes futures and never blocks a
 * thread. Stateless and thread-safe.
 */
public final class AmbiguousWrites {
  /** How many times a write is sent at most: once, and once more after a look-up found nothing. */
  public static final int MAX_SENDS = 2;

  private AmbiguousWrites() {}

  /**
   * Returns whether a failure leaves the fate of a write unknown: an HTTP 5xx answer (a rate-limit answer excepted),
   * or a transport failure that {@linkplain TransportException#mayHaveReachedServer() may have reached the server}.
   *
   * @param failure the failure of one send
   * @return {@code true} when the write may or may not have been applied
   */
  public static boolean ambiguous(Throwable failure) {
    if (failure instanceof TransportException t) {
      return t.mayHaveReachedServer();
    }
    if (failure instanceof RateLimitedException || !(failure instanceof PikPakException e)) {
      return false;
    }
    return e.httpStatus() >= 500 && e.httpStatus() <= 599;
  }

  /**
   * Sends a write under the rule, blocking the calling thread.
   *
   * @param executor runs each send (and, through the look-up, each read) under the client's policies
   * @param call the write; cloned for each send, never executed itself
   * @param answer maps the server's answer to the result
   * @param lookUp finds the write's effect, or empty when there is none
   * @param <T> the answer's type
   * @param <R> the result's type
   * @return the result of the write, or the effect found
   * @throws PikPakException the write's failure when it is not ambiguous, or when the effect could not be found
   */
  public static <T, R> R send(
      CallExecutor executor, Call<T> call, Function<? super T, ? extends R> answer, Supplier<Optional<R>> lookUp) {
    return send(() -> answer.apply(executor.execute(call.clone())), lookUp);
  }

  /**
   * Sends a write under the rule, blocking the calling thread, for writes made of more than one call (a write whose
   * send step also renews a token, say).
   *
   * @param send performs one send of the write and returns its result; called at most {@link #MAX_SENDS} times
   * @param lookUp finds the write's effect, or empty when there is none
   * @param <R> the result's type
   * @return the result of the write, or the effect found
   * @throws PikPakException the write's failure when it is not ambiguous, or when the effect could not be found
   */
  public static <R> R send(Supplier<? extends R> send, Supplier<Optional<R>> lookUp) {
    CompletableFuture<R> done =
        reconcile(
            () -> CompletableFuture.completedFuture(send.get()),
            () -> CompletableFuture.completedFuture(lookUp.get()),
            1);
    // Every stage above completed before it was returned, so the chain is settled here.
    return Futures.settledValue(done);
  }

  /**
   * Sends a write under the rule without blocking: sends and look-ups are composed futures.
   *
   * @param executor runs each send under the client's policies (waits scheduled)
   * @param call the write; cloned for each send, never executed itself
   * @param answer maps the server's answer to the result
   * @param lookUp starts a look-up of the write's effect
   * @param <T> the answer's type
   * @param <R> the result's type
   * @return a future completed with the result or the effect found, or failed as {@link #send} throws
   */
  public static <T, R> CompletableFuture<R> sendAsync(
      CallExecutor executor,
      Call<T> call,
      Function<? super T, ? extends R> answer,
      Supplier<? extends CompletableFuture<Optional<R>>> lookUp) {
    return sendAsync(() -> executor.executeAsync(call.clone()).thenApply(answer), lookUp);
  }

  /**
   * Sends a write under the rule without blocking, for writes made of more than one call.
   *
   * @param send starts one send of the write; called at most {@link #MAX_SENDS} times
   * @param lookUp starts a look-up of the write's effect
   * @param <R> the result's type
   * @return a future completed with the result or the effect found, or failed as {@link #send} throws
   */
  public static <R> CompletableFuture<R> sendAsync(
      Supplier<? extends CompletableFuture<R>> send, Supplier<? extends CompletableFuture<Optional<R>>> lookUp) {
    return Futures.settle(reconcile(send::get, lookUp::get, 1));
  }

  private static <R> CompletableFuture<R> reconcile(
      Supplier<CompletableFuture<R>> send, Supplier<CompletableFuture<Optional<R>>> lookUp, int sends) {
    return start(send)
        .handle(
            (value, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(value);
              }
              Throwable failure = Futures.unwrap(error);
              if (!ambiguous(failure)) {
                return CompletableFuture.<R>failedFuture(failure);
              }
              return afterAmbiguous(failure, send, lookUp, sends);
            })
        .thenCompose(Function.identity());
  }

  private static <R> CompletableFuture<R> afterAmbiguous(
      Throwable failure,
      Supplier<CompletableFuture<R>> send,
      Supplier<CompletableFuture<Optional<R>>> lookUp,
      int sends) {
    return start(lookUp)
        .handle(
            (found, error) -> {
              if (error != null) {
                failure.addSuppressed(Futures.unwrap(error));
                return CompletableFuture.<R>failedFuture(failure);
              }
              if (found.isPresent()) {
                return CompletableFuture.completedFuture(found.get());
              }
              return sends < MAX_SENDS
                  ? reconcile(send, lookUp, sends + 1)
                  : CompletableFuture.<R>failedFuture(failure);
            })
        .thenCompose(Function.identity());
  }

  /** The supplier's future, or a failed one when the supplier throws. */
  private static <V> CompletableFuture<V> start(Supplier<CompletableFuture<V>> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
