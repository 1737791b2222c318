package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.api.TransportException;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.offline.AddResult;
import io.github.pikpak4j.offline.AwaitTimeoutException;
import io.github.pikpak4j.offline.CompletedTask;
import io.github.pikpak4j.offline.DailyTaskLimitException;
import io.github.pikpak4j.offline.OfflineTask;
import io.github.pikpak4j.offline.OfflineTasks;
import io.github.pikpak4j.offline.OfflineUrl;
import io.github.pikpak4j.offline.StorageFullException;
import io.github.pikpak4j.offline.TaskFailedException;
import io.github.pikpak4j.offline.TaskPhase;
import io.github.pikpak4j.testkit.EmulatedOffline;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** client.offline() against the emulator: lifecycle, filters and paging, limits, and no duplicate task on replays. */
class OfflineEmulatorTest {
  private static final String HASH = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
  private static final String MAGNET = "magnet:?xt=urn:btih:" + HASH + "&dn=A+Movie.mkv";
  private static final String POST_FILES = "/drive/v1/files";

  private PikPakEmulator emulator;
  private PikPakClient client;
  private OfflineTasks offline;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().pageSizeCap(3).start();
    client =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .sleeper(sleeps::add)
            .build();
    offline = client.offline();
    client.login();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private EmulatedOffline tasks() {
    return emulator.offline();
  }

  private int posts() {
    return emulator.requestCount("POST", POST_FILES);
  }

  @Test
  void taskMovesThroughItsPhasesOnTheEmulatorClockAndLandsInMyPack() {
    AddResult added = offline.add(OfflineUrl.parse(MAGNET));
    assertThat(added.status()).isEqualTo(AddResult.Status.QUEUED);
    String id = added.task().id();
    assertThat(added.task().phase()).isEqualTo(TaskPhase.PENDING);
    assertThat(added.task().name()).isEqualTo("A Movie.mkv");

    emulator.advance(Duration.ofSeconds(4));
    OfflineTask running = offline.get(id);
    assertThat(running.phase()).isEqualTo(TaskPhase.RUNNING);
    assertThat(running.progress()).isEqualTo(40);

    emulator.advance(Duration.ofSeconds(6));
    OfflineTask done = offline.get(id);
    assertThat(done.phase()).isEqualTo(TaskPhase.COMPLETE);
    assertThat(done.progress()).isEqualTo(100);
    String myPack = emulator.drive().find("/My Pack").orElseThrow();
    assertThat(emulator.drive().find("/My Pack/A Movie.mkv")).contains(done.fileId());
    assertThat(client.files().get(done.fileId()).parentId()).isEqualTo(myPack);
  }

  @Test
  void addWithNameAndFolderLandsThere() {
    String folder = emulator.addFolder(emulator.root(), "Downloads");
    AddResult added =
        offline.add("https://example.com/files/ubuntu.iso?x=1", AddOptions.builder().name("u.iso").folderId(folder).build());
    emulator.advance(Duration.ofSeconds(10));

    assertThat(offline.get(added.task().id()).fileName()).isEqualTo("u.iso");
    assertThat(emulator.drive().find("/Downloads/u.iso")).isPresent();
  }

  @Test
  void knownContentIsAlreadyComplete() {
    tasks().knowContent(HASH);

    AddResult added = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(added.status()).isEqualTo(AddResult.Status.ALREADY_COMPLETE);
    assertThat(added.task().fileId()).isNotEmpty();
    assertThat(emulator.drive().find("/My Pack/A Movie.mkv")).contains(added.task().fileId());
  }

  @Test
  void awaitEndsWithTheCompletedTaskAndItsFile() {
    String id = offline.add(OfflineUrl.parse(MAGNET)).task().id();
    emulator.advance(Duration.ofSeconds(10));
    List<String> heard = new ArrayList<>();

    CompletedTask done = offline.await(id, Duration.ofMinutes(1), t -> heard.add(t.phase() + " " + t.progress()));

    assertThat(heard).containsExactly("COMPLETE 100");
    assertThat(done.file().name()).isEqualTo("A Movie.mkv");
    assertThat(done.file().size()).isEqualTo(done.task().fileSize());
    assertThat(done.file().hash()).isNotEmpty();
  }

  @Test
  void awaitEndsWithTheServersFailureMessage() {
    String id = offline.add("https://example.com/fail/a.bin", AddOptions.defaults()).task().id();
    emulator.advance(Duration.ofSeconds(5));

    assertThatThrownBy(() -> offline.await(id, Duration.ofMinutes(1), t -> {}))
        .isInstanceOf(TaskFailedException.class)
        .hasMessageContaining(EmulatedOffline.FAILURE_MESSAGE);
  }

  @Test
  void awaitTimesOutAndLeavesTheTaskRunning() {
    String id = offline.add(OfflineUrl.parse(MAGNET)).task().id();
    emulator.advance(Duration.ofSeconds(3));

    assertThatThrownBy(() -> offline.await(id, Duration.ZERO, t -> {}))
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessageContaining("RUNNING");
    assertThat(tasks().phase(id)).contains("PHASE_TYPE_RUNNING");
  }

  @Test
  void listFiltersByPhaseAcrossPages() {
    List<String> running = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      running.add(offline.add("https://example.com/r" + i + ".bin", AddOptions.defaults()).task().id());
    }
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      failed.add(offline.add("https://example.com/fail" + i + ".bin", AddOptions.defaults()).task().id());
    }
    emulator.advance(Duration.ofSeconds(6)); // failures happen halfway; the others run until 10 s

    List<String> errors = new ArrayList<>();
    offline.listAll(EnumSet.of(TaskPhase.ERROR)).forEach(t -> errors.add(t.id()));
    List<String> both = new ArrayList<>();
    offline.listAll(EnumSet.of(TaskPhase.RUNNING, TaskPhase.ERROR)).forEach(t -> both.add(t.id()));

    assertThat(errors).containsExactlyInAnyOrderElementsOf(failed);
    assertThat(both).hasSize(7).containsAll(running).containsAll(failed);
    assertThat(offline.list(Set.of(TaskPhase.COMPLETE)).items()).isEmpty();
    assertThat(offline.list(Set.of()).hasNext()).isTrue(); // 7 tasks, pages of 3
    assertThat(emulator.requests().stream().filter(r -> r.path().equals("/drive/v1/tasks")).count()).isEqualTo(1 + 3 + 1 + 1); // 3 errors fit one page; 7 tasks take 3 pages
  }

  @Test
  void retryOfAFlakyTaskSucceedsAfterwards() {
    String id = offline.add("https://example.com/flaky.bin", AddOptions.defaults()).task().id();
    emulator.advance(Duration.ofSeconds(5));
    assertThat(offline.get(id).phase()).isEqualTo(TaskPhase.ERROR);

    OfflineTask retried = offline.retry(id);

    assertThat(retried.phase()).isEqualTo(TaskPhase.PENDING);
    assertThat(retried.message()).isNotEqualTo(EmulatedOffline.FAILURE_MESSAGE);
    emulator.advance(Duration.ofSeconds(10));
    assertThat(offline.get(id).phase()).isEqualTo(TaskPhase.COMPLETE);
    assertThat(emulator.requestCount("POST", "/drive/v1/task")).isEqualTo(1);
  }

  @Test
  void deleteRemovesTasksAndOptionallyTheirFiles() {
    String keepFile = offline.add("https://example.com/a.bin", AddOptions.defaults()).task().id();
    String dropFile = offline.add("https://example.com/b.bin", AddOptions.defaults()).task().id();
    emulator.advance(Duration.ofSeconds(10));
    String fileA = offline.get(keepFile).fileId();
    String fileB = offline.get(dropFile).fileId();

    offline.delete(List.of(keepFile), false);
    offline.delete(List.of(dropFile), true);

    assertThatThrownBy(() -> offline.get(keepFile)).isInstanceOf(NotFoundException.class);
    assertThat(tasks().taskIds(emulator.demoUserId())).isEmpty();
    assertThat(client.files().get(fileA).trashed()).isFalse();
    assertThat(client.files().get(fileB).trashed()).isTrue();
  }

  @Test
  void unknownTaskIsNotFound() {
    assertThatThrownBy(() -> offline.get("VOnope")).isInstanceOf(NotFoundException.class).hasMessageContaining("VOnope");
    assertThatThrownBy(() -> offline.retry("VOnope")).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"daily", "vip", "space"})
  void limitErrorsFailFastAndAreNeverRetried(String which) {
    switch (which) {
      case "daily" -> tasks().dailyLimitReached(true);
      case "vip" -> tasks().vipDailyLimitReached(true);
      default -> tasks().spaceExhausted(true);
    }

    assertThatThrownBy(() -> offline.add(OfflineUrl.parse(MAGNET)))
        .isInstanceOf(which.equals("space") ? StorageFullException.class : DailyTaskLimitException.class);
    assertThat(posts()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    assertThat(tasks().taskIds(emulator.demoUserId())).isEmpty();
  }

  @Test
  void dailyLimitOnRetryIsTypedToo() {
    String id = offline.add("https://example.com/fail.bin", AddOptions.defaults()).task().id();
    emulator.advance(Duration.ofSeconds(5));
    tasks().dailyLimitReached(true);

    assertThatThrownBy(() -> offline.retry(id)).isInstanceOf(DailyTaskLimitException.class);
    assertThat(emulator.requestCount("POST", "/drive/v1/task")).isEqualTo(1);
  }

  @Test
  void a503AfterTheAddReachedTheServerIsLookedUpAndNotSentAgain() {
    tasks().commitThenFail(1, 503);

    AddResult added = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(posts()).isEqualTo(1);
    assertThat(tasks().taskIds(emulator.demoUserId())).containsExactly(added.task().id());
  }

  @Test
  void aDroppedConnectionAfterTheAddReachedTheServerIsLookedUpAndNotSentAgain() {
    tasks().commitThenDrop(1);

    AddResult added = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(posts()).isEqualTo(1);
    assertThat(tasks().taskIds(emulator.demoUserId())).containsExactly(added.task().id());
  }

  @Test
  void a503InFrontOfTheServerFindsNoTaskSoTheAddIsSentOnceMore() {
    emulator.faults().respond("POST " + POST_FILES, 1, 503, "{\"error\":\"unavailable\",\"error_code\":14}");

    AddResult added = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(posts()).isEqualTo(2);
    assertThat(tasks().taskIds(emulator.demoUserId())).containsExactly(added.task().id());
  }

  @Test
  void malformedLinksSendNothing() {
    int before = emulator.requests().size();
    assertThatThrownBy(() -> offline.add("magnet:?xt=urn:btih:nothex", AddOptions.defaults()))
        .isInstanceOf(io.github.pikpak4j.api.InvalidInputException.class);
    assertThat(emulator.requests()).hasSize(before);
  }
}
