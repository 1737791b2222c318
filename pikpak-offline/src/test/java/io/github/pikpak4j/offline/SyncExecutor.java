package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.CallExecutor;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/** Runs every call once on the calling thread, async ones too, so fake-clock tests are deterministic. */
final class SyncExecutor implements CallExecutor {
  @Override
  public <T> T execute(Call<T> call) {
    return ApiCalls.execute(call);
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    try {
      return CompletableFuture.completedFuture(ApiCalls.execute(call));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
