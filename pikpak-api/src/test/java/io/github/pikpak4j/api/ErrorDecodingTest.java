package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The error mapping table, end to end through Retrofit, the converter and ApiCalls. */
class ErrorDecodingTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private DriveApi drive;

  @BeforeEach
  void setUp() {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    drive = PikPakApis.create(server.url("/").toString(), server.url("/").toString(), client)
        .driveApi();
  }

  private static final String TOO_FREQUENT =
      "Aborted - Your operation is too frequent, please try again later";

  static Stream<Arguments> table() {
    return Stream.of(
        // status, body, Retry-After, class, error, error_code, retryAfter seconds
        arguments(200, "{\"error\":\"captcha_invalid\",\"error_code\":9,\"error_description\":\"Verification code is invalid\"}",
            null, CaptchaInvalidException.class, "captcha_invalid", 9, null),
        arguments(400, "{\"error_code\":9}", null, CaptchaInvalidException.class, null, 9, null),
        arguments(200, "{\"error\":\"file_rename_uncompleted\",\"error_code\":9}",
            null, PikPakException.class, "file_rename_uncompleted", 9, null),
        arguments(400, "{\"error\":\"file_restore_own\",\"error_code\":9}",
            null, FileRestoreOwnException.class, "file_restore_own", 9, null),
        arguments(400, "{\"error\":\"captcha_invalid\",\"error_code\":4002,\"error_description\":\"" + TOO_FREQUENT + "\"}",
            null, RateLimitedException.class, "captcha_invalid", 4002, null),
        arguments(400, "{\"error\":\"captcha_invalid\",\"error_code\":4002,\"error_description\":\"x\","
                + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"result:review\"}]}",
            null, CaptchaRequiredException.class, "captcha_invalid", 4002, null),
        arguments(400, "{\"error\":\"captcha_invalid\",\"error_code\":4002,\"error_description\":\"verify result:review\"}",
            null, CaptchaRequiredException.class, "captcha_invalid", 4002, null),
        arguments(400, "{\"error\":\"captcha_invalid\",\"error_code\":4002,\"error_description\":\"expired\"}",
            null, CaptchaInvalidException.class, "captcha_invalid", 4002, null),
        arguments(400, "{\"error\":\"captcha_required\"}",
            null, CaptchaRequiredException.class, "captcha_required", 0, null),
        arguments(400, "{\"error\":\"invalid_argument\",\"error_code\":3,\"error_description\":\"Please add captcha before you register\"}",
            null, CaptchaRequiredException.class, "invalid_argument", 3, null),
        arguments(401, "{\"error\":\"unauthenticated\",\"error_code\":16}",
            null, AuthenticationException.class, "unauthenticated", 16, null),
        arguments(200, "{\"error_code\":4121}", null, AuthenticationException.class, null, 4121, null),
        arguments(400, "{\"error_code\":4122,\"error\":\"\"}", null, AuthenticationException.class, null, 4122, null),
        arguments(400, "{\"error\":\"invalid_grant\",\"error_code\":4126,\"error_description\":\"AccessProhibited\"}",
            null, AuthenticationException.class, "invalid_grant", 4126, null),
        arguments(400, "{\"error\":\"invalid_account_or_password\",\"error_code\":\"4022\"}",
            null, AuthenticationException.class, "invalid_account_or_password", 4022, null),
        arguments(503, "{\"error\":\"unauthenticated\",\"error_code\":16}",
            null, AuthenticationException.class, "unauthenticated", 16, null),
        arguments(200, "{\"error\":\"aborted\",\"error_code\":10,\"error_description\":\"Account or device operation is too frequent\"}",
            "7", RateLimitedException.class, "aborted", 10, 7L),
        arguments(400, "{\"error\":\"aborted\",\"error_code\":10}",
            null, RateLimitedException.class, "aborted", 10, null),
        arguments(429, "", "30", RateLimitedException.class, null, 0, 30L),
        arguments(429, "<html>Too Many Requests</html>", null, RateLimitedException.class, null, 0, null),
        arguments(429, "{\"error\":\"resource_exhausted\",\"error_code\":8000}",
            "2", RateLimitedException.class, "resource_exhausted", 8000, 2L),
        arguments(200, "{\"error\":\"not_found\",\"error_code\":5,\"error_description\":\"File not found\"}",
            null, NotFoundException.class, "not_found", 5, null),
        arguments(404, "", null, NotFoundException.class, null, 0, null),
        arguments(404, "<html>not here</html>", null, NotFoundException.class, null, 0, null),
        arguments(400, "{\"error\":\"file_space_not_enough\",\"error_code\":8}",
            null, QuotaExceededException.class, "file_space_not_enough", 8, null),
        arguments(400, "{\"error\":\"task_daily_create_limit_vip\",\"error_code\":11}",
            null, QuotaExceededException.class, "task_daily_create_limit_vip", 11, null),
        arguments(200, "{\"error\":\"task_daily_create_limit\",\"error_code\":11}",
            null, QuotaExceededException.class, "task_daily_create_limit", 11, null),
        arguments(500, "", null, ServerException.class, null, 0, null),
        arguments(502, "<html>Bad gateway</html>", null, ServerException.class, null, 0, null),
        arguments(500, "{\"error\":\"internal\",\"error_code\":500,\"details\":[{\"reason\":\"idx.shub.mypikpak.com\"}]}",
            null, ServerException.class, "internal", 500, null),
        arguments(400, "{\"error\":\"invalid_argument\",\"error_code\":3,\"error_description\":\"currently not supported\"}",
            null, PikPakException.class, "invalid_argument", 3, null),
        arguments(403, "", null, PikPakException.class, null, 0, null),
        arguments(401, "", null, AuthenticationException.class, null, 0, null),
        arguments(401, "not json", null, AuthenticationException.class, null, 0, null));
  }

  @ParameterizedTest(name = "[{index}] HTTP {0} {1} -> {3}")
  @MethodSource("table")
  void decodes(
      int status,
      String body,
      @Nullable String retryAfter,
      Class<? extends PikPakException> type,
      @Nullable String error,
      int errorCode,
      @Nullable Long retryAfterSeconds) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "rid-1")
            .body(body);
    if (retryAfter != null) {
      response.addHeader("Retry-After", retryAfter);
    }
    server.enqueue(response.build());

    PikPakException e =
        catchThrowableOfType(PikPakException.class, () -> ApiCalls.execute(drive.about()));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.error()).isEqualTo(error);
    assertThat(e.errorCode()).isEqualTo(errorCode);
    assertThat(e.requestId()).isEqualTo("rid-1");
    assertThat(e.endpoint()).isEqualTo("GET /drive/v1/about");
    if (error != null || errorCode != 0) {
      String suffix = " [" + (error == null ? "" : error + (errorCode == 0 ? "" : " "))
          + (errorCode == 0 ? "" : errorCode) + "]";
      assertThat(e.getMessage()).endsWith(suffix);
    } else {
      assertThat(e.getMessage()).contains("HTTP " + status).contains("GET /drive/v1/about");
    }
    if (e instanceof RateLimitedException) {
      assertThat(((RateLimitedException) e).retryAfter())
          .isEqualTo(
              java.util.Optional.ofNullable(retryAfterSeconds).map(Duration::ofSeconds));
    }
  }

  @Test
  void asyncDeliversTheSameDecodedException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"error\":\"captcha_invalid\",\"error_code\":9}")
            .build());
    CompletionException e =
        catchThrowableOfType(
            CompletionException.class, () -> ApiCalls.executeAsync(drive.about()).join());
    assertThat(e).hasCauseExactlyInstanceOf(CaptchaInvalidException.class);
  }

  @Test
  void asyncDecodesNon2xx() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    CompletionException e =
        catchThrowableOfType(
            CompletionException.class, () -> ApiCalls.executeAsync(drive.about()).join());
    assertThat(e).hasCauseExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void invalidPasswordCarriesTheThirdPartyAccountHint() {
    PikPakException e =
        ErrorDecoder.decode(
            "POST /v1/auth/signin",
            400,
            "{\"error\":\"invalid_account_or_password\",\"error_code\":4022,"
                + "\"error_description\":\"Invalid username or password\"}",
            Headers.of());
    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage())
        .startsWith("Invalid username or password (")
        .contains("Google or Facebook")
        .contains("refresh token")
        .endsWith("[invalid_account_or_password 4022]");
  }

  @Test
  void retryAfterAsHttpDateIsRelativeToTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);
    RateLimitedException e =
        (RateLimitedException)
            ErrorDecoder.decode(
                "GET /drive/v1/files", 429, "",
                Headers.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"), clock);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterInThePastIsZeroAndGarbageIsAbsent() {
    Clock clock = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(ErrorDecoder.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", clock))
        .isEqualTo(Duration.ZERO);
    assertThat(ErrorDecoder.retryAfter("soon", clock)).isNull();
    assertThat(ErrorDecoder.retryAfter(null, clock)).isNull();
    assertThat(ErrorDecoder.retryAfter(" 120 ", clock)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void successWithoutEnvelopeIsNotAnError() {
    assertThat(ErrorDecoder.decode("GET /x", 200, "{\"files\":[]}", Headers.of())).isNull();
    assertThat(ErrorDecoder.decode("GET /x", 200, "{\"error\":\"\",\"error_code\":0}", Headers.of()))
        .isNull();
    assertThat(ErrorDecoder.decode("GET /x", 204, null, Headers.of())).isNull();
  }

  @Test
  void missingRequestIdIsNull() {
    PikPakException e = ErrorDecoder.decode("GET /x", 500, null, Headers.of());
    assertThat(e).isExactlyInstanceOf(ServerException.class);
    assertThat(e.requestId()).isNull();
  }
}
