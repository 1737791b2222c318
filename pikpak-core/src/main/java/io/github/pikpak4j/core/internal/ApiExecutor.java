package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.ApiCalls;
import retrofit2.Call;

/**
 * Runs every API call of the facade. It is the single seam where the client-wide call policies (retry, rate limit)
 * are applied; today it executes each call once and lets {@link ApiCalls} decode the outcome.
 */
public final class ApiExecutor {

  /** Creates an executor that runs each call once. */
  public ApiExecutor() {}

  /**
   * Executes a call and returns its decoded body.
   *
   * @param call the Retrofit call; executed once
   * @param <T> the body type
   * @return the body
   * @throws io.github.pikpak4j.api.PikPakException the decoded failure
   */
  public <T> T execute(Call<T> call) {
    return ApiCalls.execute(call);
  }
}
