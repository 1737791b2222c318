package io.github.pikpak4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.api.TaskApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.OfflineTaskResource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** await: polling with backoff on a fake clock, progress reports, completion, failure, timeout. */
class AwaitTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private FakeScheduler scheduler;
  private OfflineTasks offline;
  private final List<String> heard = new ArrayList<>();

  @BeforeEach
  void setUp() {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    String base = server.url("/").toString();
    TaskApi api = PikPakApis.retrofit(base, client).create(TaskApi.class);
    DriveApi drive = PikPakApis.create(base, base, client).driveApi();
    scheduler = new FakeScheduler(Instant.parse("2025-04-01T00:00:00Z"));
    offline =
        OfflineTasks.create(api, drive, new SyncExecutor(), scheduler, scheduler.clock())
            .withAwaitPolicy(AwaitPolicy.defaults().withJitter(0));
  }

  private void json(int code, String body) {
    server.enqueue(
        new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
  }

  private CompletableFuture<CompletedTask> await(Duration timeout) {
    return offline.awaitAsync("T1", timeout, t -> heard.add(t.phase() + " " + t.progress()));
  }

  private static Throwable failure(CompletableFuture<?> f) {
    assertThat(f).isCompletedExceptionally();
    try {
      f.get();
      throw new AssertionError("not failed");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pollsWithBackoffUntilCompleteThenFetchesTheFile() throws Exception {
    json(200, TaskJson.task("T1", "PENDING", 0));
    json(200, TaskJson.task("T1", "RUNNING", 10));
    json(200, TaskJson.task("T1", "RUNNING", 10));
    json(200, TaskJson.task("T1", "RUNNING", 60));
    json(200, TaskJson.task("T1", "COMPLETE", 100));
    json(200, TaskJson.file("VNfileT1"));

    CompletableFuture<CompletedTask> f = await(Duration.ofMinutes(5));
    assertThat(heard).containsExactly("PENDING 0"); // the first poll is immediate
    scheduler.advance(Duration.ofMillis(999));
    assertThat(server.getRequestCount()).isEqualTo(1);
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    CompletedTask done = f.get();
    assertThat(heard).containsExactly("PENDING 0", "RUNNING 10", "RUNNING 60", "COMPLETE 100");
    assertThat(scheduler.delays())
        .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(2250), Duration.ofMillis(3375));
    assertThat(done.task().phase()).isEqualTo(TaskPhase.COMPLETE);
    assertThat(done.file().id()).isEqualTo("VNfileT1");
    assertThat(done.file().hash()).isEqualTo("ABCDEF");
    assertThat(done.file().parentId()).isEqualTo("VNpack");
    for (int i = 0; i < 5; i++) {
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/drive/v1/tasks/T1");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/drive/v1/files/VNfileT1");
  }

  @Test
  void endsWithTypedFailureCarryingTheServerMessage() {
    json(200, TaskJson.task("T1", "RUNNING", 20));
    json(200, TaskJson.task("T1", "ERROR", 20, "Resource not found", ""));

    CompletableFuture<CompletedTask> f = await(Duration.ofMinutes(5));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    Throwable e = failure(f);
    assertThat(e).isInstanceOf(TaskFailedException.class).hasMessageContaining("Resource not found");
    assertThat(((TaskFailedException) e).serverMessage()).isEqualTo("Resource not found");
    assertThat(((TaskFailedException) e).task().phase()).isEqualTo(TaskPhase.ERROR);
    assertThat(heard).containsExactly("RUNNING 20", "ERROR 20");
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void timesOutAtTheDeadlineAndLeavesTheTaskRunning() {
    for (int i = 0; i < 10; i++) {
      json(200, TaskJson.task("T1", "RUNNING", 30 + i));
    }

    CompletableFuture<CompletedTask> f = await(Duration.ofSeconds(5));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    Throwable e = failure(f);
    assertThat(e).isInstanceOf(AwaitTimeoutException.class).hasMessageContaining("still RUNNING");
    assertThat(((AwaitTimeoutException) e).task().progress()).isEqualTo(34);
    // polls at 0, 1, 2.5, 4.75 and (capped by the deadline) 5 s
    assertThat(scheduler.delays())
        .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(2250), Duration.ofMillis(250));
    assertThat(server.getRequestCount()).isEqualTo(5); // only GETs: no delete, no cancel
    assertThat(heard).containsExactly("RUNNING 30", "RUNNING 31", "RUNNING 32", "RUNNING 33", "RUNNING 34");
  }

  @Test
  void blockingAwaitThrowsTheTypedFailure() {
    json(200, TaskJson.task("T1", "ERROR", 0, "bad link", ""));

    assertThatThrownBy(() -> offline.await("T1", Duration.ofSeconds(10), AwaitListener.NONE))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining("bad link");
  }

  @Test
  void zeroTimeoutPollsOnce() {
    json(200, TaskJson.task("T1", "RUNNING", 1));

    assertThatThrownBy(() -> offline.await("T1", Duration.ZERO, AwaitListener.NONE))
        .isInstanceOf(AwaitTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTaskThatDisappearsEndsTheWait() {
    json(200, TaskJson.task("T1", "RUNNING", 1));
    json(404, "{\"error\":\"not_found\",\"error_code\":5,\"error_description\":\"task not found\"}");

    CompletableFuture<CompletedTask> f = await(Duration.ofMinutes(1));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(failure(f)).isInstanceOf(NotFoundException.class).hasMessageContaining("T1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void transientPollErrorsAreToleratedUpToTheLimit() {
    json(503, "{}");
    json(503, "{}");
    json(200, TaskJson.task("T1", "ERROR", 0, "x", ""));

    CompletableFuture<CompletedTask> f = await(Duration.ofMinutes(1));
    scheduler.runUntilIdle(Duration.ofMinutes(1));
    assertThat(failure(f)).isInstanceOf(TaskFailedException.class);

    heard.clear();
    for (int i = 0; i < 5; i++) {
      json(503, "{}");
    }
    CompletableFuture<CompletedTask> g = await(Duration.ofMinutes(5));
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    assertThat(failure(g)).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void cancellingStopsPolling() {
    json(200, TaskJson.task("T1", "RUNNING", 1));

    CompletableFuture<CompletedTask> f = await(Duration.ofMinutes(1));
    f.cancel(false);
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listenerFailureEndsTheWait() {
    json(200, TaskJson.task("T1", "RUNNING", 1));

    CompletableFuture<CompletedTask> f =
        offline.awaitAsync("T1", Duration.ofMinutes(1), t -> {
          throw new IllegalStateException("listener broke");
        });

    assertThat(failure(f)).isInstanceOf(IllegalStateException.class);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void manyWaitsShareOneSchedulerWithOnePendingPollEach() throws Exception {
    // Answers in memory (no HTTP), so 1,000 polls stay fast: task i completes on poll 2 + (i mod 5).
    Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    CallExecutor answering = new CallExecutor() {
      @Override
      public <T> T execute(Call<T> call) {
        throw new UnsupportedOperationException();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> CompletableFuture<T> executeAsync(Call<T> call) {
        String path = call.request().url().encodedPath();
        if (path.startsWith("/drive/v1/files/")) {
          String id = path.substring("/drive/v1/files/".length());
          return CompletableFuture.completedFuture((T) new DriveFile(id, DriveFile.KIND_FILE, "f", "VNpack", 1,
              "H", null, null, null, null, Map.of(), List.of(), false, false, "PHASE_TYPE_COMPLETE"));
        }
        String id = path.substring("/drive/v1/tasks/".length());
        int n = polls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        boolean done = n >= 2 + Integer.parseInt(id.substring(1)) % 5;
        return CompletableFuture.completedFuture((T) new OfflineTaskResource(id, "drive#task", "f", "offline",
            done ? "PHASE_TYPE_COMPLETE" : "PHASE_TYPE_RUNNING", done ? 100 : n * 10, "",
            done ? "VNfile" + id : "", "f", 1, Map.of(), null, null));
      }
    };
    String base = server.url("/").toString();
    OkHttpClient client = new OkHttpClient();
    OfflineTasks many =
        OfflineTasks.create(PikPakApis.retrofit(base, client).create(TaskApi.class),
                PikPakApis.create(base, base, client).driveApi(), answering, scheduler, scheduler.clock())
            .withRandom(new Random(7)::nextDouble);
    List<CompletableFuture<CompletedTask>> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(many.awaitAsync("T" + i, Duration.ofMinutes(10), AwaitListener.NONE));
    }
    assertThat(scheduler.pending()).isEqualTo(200); // one scheduled poll per wait, no thread per wait
    scheduler.runUntilIdle(Duration.ofMinutes(10));

    for (int i = 0; i < 200; i++) {
      assertThat(all.get(i).get().file().id()).isEqualTo("VNfileT" + i);
      assertThat(polls.get("T" + i).get()).isEqualTo(2 + i % 5);
    }
    assertThat(scheduler.pending()).isZero();
    assertThat(server.getRequestCount()).isZero();
    // jitter spreads the polls: the first delays are all within +-20 % of 1 s, and not all equal
    List<Duration> first = scheduler.delays().subList(0, 200);
    assertThat(first).allSatisfy(d -> assertThat(d.toMillis()).isBetween(800L, 1200L));
    assertThat(first.stream().distinct().count()).isGreaterThan(50);
  }
}
