package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.QuotaExceededException;
import io.github.pikpak4j.api.RateLimitedException;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retry policy applied by the facade, observed at the emulator, with a fake sleeper. */
class ApiExecutorRetryTest {
  private static final String ABOUT = "GET /drive/v1/about";

  private PikPakEmulator emulator;
  private PikPakClient client;
  private final RecordingScheduler scheduler = new RecordingScheduler();

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
    client =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .rateLimit(RateLimit.unlimited())
            .retryPolicy(RetryPolicy.builder().jitter(0).build())
            .sleeper(
                d -> {
                  throw new AssertionError("the account calls join the async path: no sleep, got " + d);
                })
            .scheduler(scheduler)
            .build();
    client.login();
  }

  @AfterEach
  void stop() {
    client.close();
    scheduler.shutdownNow();
    emulator.close();
  }

  private int aboutCalls() {
    return emulator.requestCount("GET", "/drive/v1/about");
  }

  @Test
  void idempotentCallIsRetriedOnTransientStatusesWithTheBackoffSchedule() {
    emulator.faults().respond(ABOUT, 1, 503, "{}").respond(ABOUT, 1, 502, "").respond(ABOUT, 1, 500, "{}");
    assertThat(client.account().quota().limit()).isPositive();
    assertThat(aboutCalls()).isEqualTo(4);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void givesUpAfterMaxAttemptsCountingTheFirst() {
    emulator.faults().respond(ABOUT, 10, 503, "{}");
    assertThatThrownBy(() -> client.account().quota()).isInstanceOf(ServerException.class);
    assertThat(aboutCalls()).isEqualTo(4);
    assertThat(scheduler.delays()).hasSize(3);
  }

  @Test
  void droppedConnectionIsRetriedForAGet() {
    emulator.faults().drop(ABOUT, 1);
    assertThat(client.account().quota().limit()).isPositive();
    assertThat(aboutCalls()).isEqualTo(2);
  }

  @Test
  void retryAfterIsHonouredWhenLongerThanTheBackoff() {
    emulator.faults().respond(ABOUT, 1, 429, "{}", Map.of("Retry-After", "7"));
    client.account().quota();
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAboveTheCapFailsAtOnceCarryingTheWait() {
    emulator.faults().respond(ABOUT, 1, 429, "{}", Map.of("Retry-After", "120"));
    assertThatThrownBy(() -> client.account().quota())
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(aboutCalls()).isEqualTo(1);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void tooFrequentAndQuotaErrorsAreNeverRetried() {
    emulator.faults().respond(ABOUT, 1, 200,
        "{\"error\":\"aborted\",\"error_code\":10,\"error_description\":\"Your operation is too frequent\"}");
    assertThatThrownBy(() -> client.account().quota()).isInstanceOf(RateLimitedException.class);
    emulator.faults().respond(ABOUT, 1, 400,
        "{\"error\":\"file_space_not_enough\",\"error_code\":8,\"error_description\":\"no space\"}");
    assertThatThrownBy(() -> client.account().quota()).isInstanceOf(QuotaExceededException.class);
    assertThat(aboutCalls()).isEqualTo(2);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void asyncRetriesAreScheduledNotSlept() {
    emulator.faults().respond(ABOUT, 2, 503, "{}");
    ApiExecutor executor =
        new ApiExecutor(
            RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(0).build(),
            RateLimit.unlimited(),
            d -> {
              throw new AssertionError("async must not sleep");
            },
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor());
    io.github.pikpak4j.api.PikPakApis apis =
        io.github.pikpak4j.api.PikPakApis.create(
            emulator.userBaseUrl(), emulator.driveBaseUrl(), new okhttp3.OkHttpClient());
    // no auth on this raw client: the emulator answers 401 after the injected 503s; 401 is not retried
    assertThatThrownBy(() -> executor.executeAsync(apis.driveApi().about()).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(PikPakException.class);
    assertThat(aboutCalls()).isEqualTo(3);
  }
}
