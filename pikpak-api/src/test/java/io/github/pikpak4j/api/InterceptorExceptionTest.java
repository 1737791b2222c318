package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A PikPakException thrown by an interceptor (the auth layer) keeps its type, sync and async. */
class InterceptorExceptionTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private DriveApi api() {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw new AuthenticationException("supply the password or a new refresh token");
                })
            .build();
    return PikPakApis.create(server.url("/").toString(), server.url("/").toString(), client).driveApi();
  }

  @Test
  void sync() {
    assertThatThrownBy(() -> ApiCalls.execute(api().about())).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void async() {
    assertThatThrownBy(() -> ApiCalls.executeAsync(api().about()).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("refresh token");
  }
}
