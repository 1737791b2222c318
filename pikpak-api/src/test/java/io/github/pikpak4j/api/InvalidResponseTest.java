package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/** Unusable bodies and transport failures never escape as Moshi, NPE or IOException. */
class InvalidResponseTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private UserApi user;
  private DriveApi drive;

  @BeforeEach
  void setUp() {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .callTimeout(5, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false)
            .build();
    PikPakApis apis =
        PikPakApis.create(server.url("/").toString(), server.url("/").toString(), client);
    user = apis.userApi();
    drive = apis.driveApi();
  }

  private void ok(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        // which call, body, endpoint, field (JSON path) or null
        arguments("list", "{\"files\":[", "GET /drive/v1/files", null),
        arguments("list", "not json at all", "GET /drive/v1/files", null),
        arguments("list", "", "GET /drive/v1/files", null),
        arguments("list", "{\"files\":[{\"id\":\"a\",\"kind\":\"drive#file\",\"name\":\"n\"},"
            + "{\"kind\":\"drive#file\",\"name\":\"n\"}]}", "GET /drive/v1/files", "$.files[1].id"),
        arguments("list", "{\"files\":[{\"id\":\"a\",\"kind\":\"drive#file\",\"name\":\"n\",\"size\":\"big\"}]}",
            "GET /drive/v1/files", "$.files[0].size"),
        arguments("list", "{\"files\":{}}", "GET /drive/v1/files", "$.files"),
        arguments("list", "[]", "GET /drive/v1/files", "$"),
        arguments("get", "{\"id\":\"x\",\"kind\":\"drive#file\",\"name\":null}",
            "GET /drive/v1/files/x", "$.name"),
        arguments("get", "{\"id\":\"x\",\"kind\":\"drive#file\",\"name\":\"n\",\"modified_time\":\"yesterday\"}",
            "GET /drive/v1/files/x", "$.modified_time"),
        arguments("get", "null", "GET /drive/v1/files/x", null),
        arguments("token", "{\"access_token\":\"a\",\"expires_in\":7200}",
            "POST /v1/auth/token", "$.refresh_token"),
        arguments("captcha", "{\"expires_in\":300}", "POST /v1/shield/captcha/init", "$.captcha_token"),
        arguments("about", "{\"quota\":{\"limit\":\"1\"}} trailing", "GET /drive/v1/about", null));
  }

  private Call<?> call(String which) {
    switch (which) {
      case "list":
        return drive.listFiles("", 100, "", null, null, true);
      case "get":
        return drive.getFile("x", "FETCH", "2021", null);
      case "token":
        return user.refreshTokenForm("refresh_token", "rt", "cid", null);
      case "captcha":
        return user.captchaInit("cid", new io.github.pikpak4j.api.model.CaptchaInitRequest(
            "GET:/drive/v1/files", "", "cid", "dev", java.util.Map.of(), ""));
      default:
        return drive.about();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("bodies")
  void unusableBodiesBecomeInvalidResponse(
      String which, String body, String endpoint, @Nullable String field) {
    ok(body);
    InvalidResponseException e =
        catchThrowableOfType(InvalidResponseException.class, () -> ApiCalls.execute(call(which)));

    assertThat(e.getMessage()).contains(endpoint);
    assertThat(e.endpoint()).isEqualTo(endpoint);
    assertThat(e.httpStatus()).isEqualTo(200);
    if (field != null) {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(field);
    }
  }

  @Test
  void captchaTokenIsOptionalWhenAVerificationUrlIsSet() {
    ok("{\"expires_in\":300,\"url\":\"https://user.mypikpak.com/captcha/v2/spritePuzzle.html?x=1\"}");
    var r = ApiCalls.execute(call("captcha"));
    assertThat(r).hasFieldOrPropertyWithValue("captchaToken", "");
  }

  @Test
  void noContentForAModelIsInvalidResponse() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    assertThatThrownBy(() -> ApiCalls.execute(drive.about()))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("GET /drive/v1/about")
        .hasMessageContaining("empty body");
  }

  @Test
  void asyncMapsInvalidBodiesToo() {
    ok("{\"files\":[");
    CompletionException e =
        catchThrowableOfType(
            CompletionException.class, () -> ApiCalls.executeAsync(call("list")).join());
    assertThat(e.getCause())
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("GET /drive/v1/files");
  }

  @Test
  void droppedConnectionBecomesTransportException() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    assertThatThrownBy(() -> ApiCalls.execute(drive.about()))
        .isExactlyInstanceOf(TransportException.class)
        .hasCauseInstanceOf(IOException.class)
        .hasMessageContaining("GET /drive/v1/about")
        .satisfies(e -> assertThat(((PikPakException) e).endpoint()).isEqualTo("GET /drive/v1/about"));
  }

  @Test
  void asyncTransportFailureBecomesTransportException() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    CompletionException e =
        catchThrowableOfType(
            CompletionException.class, () -> ApiCalls.executeAsync(drive.about()).join());
    assertThat(e.getCause()).isExactlyInstanceOf(TransportException.class);
  }

  @Test
  void nullPathArgumentIsInvalidInputBeforeAnyRequest() {
    assertThatThrownBy(() -> ApiCalls.execute(drive.getFile(nullString(), null, null, null)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
