package io.github.pikpak4j.api;

import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Runs API calls under the client's policies (retry, rate limit). Feature modules (shares, offline tasks) execute
 * every Retrofit call through the executor they are given, so the facade decides retries in one place; {@link
 * #direct()} runs each call once, for use without the facade.
 */
public interface CallExecutor {

  /**
   * Executes a call and returns its decoded body.
   *
   * @param call the call; it may be cloned for further attempts
   * @param <T> the body type
   * @return the body
   * @throws PikPakException the decoded failure
   */
  <T> T execute(Call<T> call);

  /**
   * Executes a call asynchronously.
   *
   * @param call the call; it may be cloned for further attempts
   * @param <T> the body type
   * @return a future completed with the body or, exceptionally, with the decoded {@link PikPakException}
   */
  <T> CompletableFuture<T> executeAsync(Call<T> call);

  /** {@return an executor that runs each call once, without retries or rate limit ({@link ApiCalls})} */
  static CallExecutor direct() {
    return new CallExecutor() {
      @Override
      public <T> T execute(Call<T> call) {
        return ApiCalls.execute(call);
      }

      @Override
      public <T> CompletableFuture<T> executeAsync(Call<T> call) {
        return ApiCalls.executeAsync(call);
      }
    };
  }
}
