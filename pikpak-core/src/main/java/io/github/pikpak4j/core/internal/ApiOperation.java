package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * One API operation written once: the call to send and how its answer becomes the public result. {@link #execute}
 * is the blocking form, {@link #executeAsync} the async form; both go through the same {@link ApiExecutor} policies,
 * so a view needs no second copy of either the call or the mapping.
 *
 * @param call makes a fresh call (a Retrofit call runs once)
 * @param result maps the answer
 * @param <R> the wire type
 * @param <T> the public type
 */
public record ApiOperation<R, T>(Supplier<Call<R>> call, Function<R, T> result) {

  /**
   * Runs the operation and blocks.
   *
   * @param executor the client's executor
   * @return the result
   */
  public T execute(ApiExecutor executor) {
    return result.apply(executor.execute(call.get()));
  }

  /**
   * Runs the operation without blocking.
   *
   * @param executor the client's executor
   * @return the result; fails as {@link #execute} throws
   */
  public CompletableFuture<T> executeAsync(ApiExecutor executor) {
    return Futures.call(() -> executor.executeAsync(call.get()).thenApply(result));
  }
}
