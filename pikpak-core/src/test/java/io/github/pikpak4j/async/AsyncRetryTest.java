package io.github.pikpak4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An async retry waits on the client's scheduler: the sleeper is never called and the caller is never held. */
class AsyncRetryTest {
  private static final Duration BACKOFF = Duration.ofMillis(400);

  private PikPakEmulator emulator;
  private PikPakClient client;
  private final List<String> sleeps = new CopyOnWriteArrayList<>();

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
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(BACKOFF).jitter(0).build())
            .sleeper(d -> {
              sleeps.add(Thread.currentThread().getName() + " " + d.toMillis());
              if (!Thread.currentThread().getName().equals("main")) {
                throw new AssertionError("a pool thread was put to sleep for " + d);
              }
            })
            .build();
    client.login();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void asyncRetryIsScheduledNotSlept() throws Exception {
    emulator.faults().respond("GET /drive/v1/about", 1, 503, "{}");
    long t0 = System.nanoTime();
    CompletableFuture<StorageQuota> quota = client.async().account().quota();
    long returnedAfter = System.nanoTime() - t0;

    StorageQuota q = Twin.result(quota);
    long completedAfter = System.nanoTime() - t0;

    assertThat(q.limit()).isPositive();
    assertThat(sleeps).as("no sleeper call on the async path").isEmpty();
    assertThat(Duration.ofNanos(returnedAfter)).as("the caller is not held for the backoff").isLessThan(BACKOFF);
    assertThat(Duration.ofNanos(completedAfter)).as("the retry waited the backoff").isGreaterThanOrEqualTo(BACKOFF);
    assertThat(emulator.requestCount("GET", "/drive/v1/about")).isEqualTo(2);

    // the blocking view joins the same async call: its retry is scheduled too, the sleeper is never called
    emulator.faults().respond("GET /drive/v1/about", 1, 503, "{}");
    long t1 = System.nanoTime();
    assertThat(client.account().quota().limit()).isPositive();
    assertThat(Duration.ofNanos(System.nanoTime() - t1)).as("the blocking retry waited the backoff")
        .isGreaterThanOrEqualTo(BACKOFF);
    assertThat(sleeps).as("no sleeper call on the blocking view either").isEmpty();
    assertThat(emulator.requestCount("GET", "/drive/v1/about")).isEqualTo(4);
  }
}
