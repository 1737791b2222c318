package io.github.pikpak4j.auth;

import static io.github.pikpak4j.auth.Wire.NOW;
import static io.github.pikpak4j.auth.Wire.api;
import static io.github.pikpak4j.auth.Wire.auth;
import static io.github.pikpak4j.auth.Wire.captcha;
import static io.github.pikpak4j.auth.Wire.error;
import static io.github.pikpak4j.auth.Wire.ok;
import static io.github.pikpak4j.auth.Wire.session;
import static io.github.pikpak4j.auth.Wire.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyWireTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock clock = new MutableClock(NOW);
  final ClientProfile web = ClientProfile.web();

  @Test
  void sixtyFourCallsOnARejectedTokenCauseExactlyOneRefresh() throws Exception {
    int threads = 64;
    CountDownLatch allRejectedArrived = new CountDownLatch(threads);
    AtomicInteger refreshes = new AtomicInteger();
    AtomicInteger captchaInits = new AtomicInteger();
    ConcurrentLinkedQueue<String> bearers = new ConcurrentLinkedQueue<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getUrl().encodedPath();
            if (path.equals("/v1/shield/captcha/init")) {
              captchaInits.incrementAndGet();
              return captcha("c1");
            }
            if (path.equals("/v1/auth/token")) {
              refreshes.incrementAndGet();
              return tokens("A2", "R2");
            }
            String bearer = request.getHeaders().get("Authorization");
            bearers.add(bearer);
            if ("Bearer A1".equals(bearer)) {
              // hold every rejection until all 64 calls were sent with the old token
              allRejectedArrived.countDown();
              allRejectedArrived.await(10, TimeUnit.SECONDS);
              return error(401, "unauthenticated", 16);
            }
            return ok();
          }
        });
    InMemoryTokenStore store =
        new InMemoryTokenStore(session("A1", "R1", clock.instant().plus(Duration.ofHours(2)), web));
    PikPakAuth auth = auth(server, clock).tokenStore(store).build();
    OkHttpClient api = api(auth);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try (Response r = Wire.get(api, server, "/drive/v1/files")) {
                    return r.code();
                  }
                }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get(20, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(refreshes).hasValue(1);
    assertThat(captchaInits).hasValue(1);
    assertThat(bearers).hasSize(2 * threads);
    assertThat(bearers.stream().filter("Bearer A1"::equals)).hasSize(threads);
    assertThat(bearers.stream().filter("Bearer A2"::equals)).hasSize(threads);
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R2");
  }

  @Test
  void theNewRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed() throws Exception {
    InMemoryTokenStore memory =
        new InMemoryTokenStore(session("A1", "R1", clock.instant().plus(Duration.ofHours(2)), web));
    List<String> events = new ArrayList<>();
    TokenStore recording =
        new TokenStore() {
          @Override
          public Optional<Session> load() {
            return memory.load();
          }

          @Override
          public void save(Session session) {
            memory.save(session);
          }

          @Override
          public @Nullable Session update(UnaryOperator<@Nullable Session> change) {
            Session s = memory.update(change);
            synchronized (events) {
              events.add("stored " + (s == null ? null : s.refreshToken()));
            }
            return s;
          }
        };
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.endsWith("captcha/init")) {
              return captcha("c1");
            }
            if (path.equals("/v1/auth/token")) {
              return tokens("A2", "R2");
            }
            String bearer = request.getHeaders().get("Authorization");
            synchronized (events) {
              events.add("used " + bearer);
            }
            return "Bearer A1".equals(bearer) ? error(401, "unauthenticated", 16) : ok();
          }
        });
    PikPakAuth auth = auth(server, clock).tokenStore(recording).build();
    Wire.getBody(api(auth), server, "/drive/v1/files");
    // "stored R1": the new captcha token kept with the session before the first call
    assertThat(events).containsExactly("stored R1", "used Bearer A1", "stored R2", "used Bearer A2");
  }

  @Test
  void aSecondProcessAdoptsTokensTheFirstAlreadyRotated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("session.json");
    FileTokenStore.of(file).save(session("A1", "R1", clock.instant().plus(Duration.ofHours(2)), web));
    AtomicInteger refreshes = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.endsWith("captcha/init")) {
              return captcha("c1");
            }
            if (path.equals("/v1/auth/token")) {
              // R1 may be used once only: a second refresh with it would be a 4126
              return refreshes.incrementAndGet() == 1
                  ? tokens("A2", "R2")
                  : error(400, "invalid_grant", 4126);
            }
            return "Bearer A2".equals(request.getHeaders().get("Authorization"))
                ? ok()
                : error(401, "unauthenticated", 16);
          }
        });
    PikPakAuth first = auth(server, clock).tokenStore(FileTokenStore.of(file)).build();
    PikPakAuth second = auth(server, clock).tokenStore(FileTokenStore.of(file)).build();
    // both start from the stored A1/R1
    assertThat(first.login().accessToken()).isEqualTo("A1");
    assertThat(second.login().accessToken()).isEqualTo("A1");

    assertThat(Wire.getBody(api(first), server, "/drive/v1/files")).contains("files");
    assertThat(Wire.getBody(api(second), server, "/drive/v1/files")).contains("files");

    assertThat(refreshes).hasValue(1);
    assertThat(second.session().refreshToken()).isEqualTo("R2");
    assertThat(FileTokenStore.of(file).load().orElseThrow().refreshToken()).isEqualTo("R2");
  }
}
