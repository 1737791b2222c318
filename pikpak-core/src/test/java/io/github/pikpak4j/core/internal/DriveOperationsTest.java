package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.api.TransportException;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskFailedException;
import io.github.pikpak4j.core.files.DriveTaskPhase;
import io.github.pikpak4j.core.files.DriveTaskTimeoutException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.files.PlacedEntry;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The drive operations of the facade, end to end against the emulator, with a sleeper that never sleeps. */
class DriveOperationsTest {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private RecordingScheduler scheduler;
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private PikPakClient client;
  private Files files;
  private String docs;
  private String sub;
  private String notes;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    docs = drive.addFolder("", "Docs");
    sub = drive.addFolder(docs, "Sub");
    notes = drive.addFile(docs, "notes.txt", 10, 1);
    drive.addFile(sub, "a.txt", 3, 2);
    scheduler = new RecordingScheduler(emulator::advance); // task polling waits are scheduled, in emulator time
    client =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .rateLimit(io.github.pikpak4j.core.policy.RateLimit.unlimited())
            .sleeper(d -> {
              sleeps.add(d);
              emulator.advance(d);
            })
            .scheduler(scheduler)
            .build();
    files = client.files();
    files.list(""); // sign in now, so request counts below are about the operations
    emulator.reset();
    sleeps.clear();
    scheduler.clearDelays();
  }

  @AfterEach
  void stop() {
    client.close();
    scheduler.shutdownNow();
    emulator.close();
  }

  private int posts(String path) {
    return emulator.requestCount("POST", path);
  }

  private PathCache cache() {
    return ((FilesImpl) files).pathCache();
  }

  // ---- create, mkdirs, rename -------------------------------------------------------------------

  @Test
  void createFolderReportsTheServersRenameOnACollision() {
    PlacedEntry first = files.createFolder(docs, "New");
    PlacedEntry second = files.createFolder(docs, "New");
    assertThat(first.renamed()).isFalse();
    assertThat(first.entry().isFolder()).isTrue();
    assertThat(second.renamed()).isTrue();
    assertThat(second.entry().name()).isEqualTo("New(1)");
    assertThat(second.requestedName()).isEqualTo("New");
    assertThat(drive.find("/Docs/New(1)")).contains(second.entry().id());
    String body = emulator.requests().stream()
        .filter(r -> r.methodAndPath().equals("POST /drive/v1/files")).findFirst().orElseThrow().body();
    assertThat(body).isEqualTo("{\"kind\":\"drive#folder\",\"parent_id\":\"" + docs + "\",\"name\":\"New\"}");
  }

  @Test
  void createFolderAfterA503ThatCreatedNothingIsLookedUpThenSentOnce() {
    emulator.faults().respond("POST /drive/v1/files", 1, 503, "{\"error\":\"unavailable\",\"error_code\":14}");
    assertThat(files.createFolder(docs, "Once").entry().name()).isEqualTo("Once");
    assertThat(posts("/drive/v1/files")).isEqualTo(2);
    assertThat(drive.children(docs).stream().map(drive::name).filter(n -> n.startsWith("Once"))).containsExactly("Once");
    assertThat(sleeps).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "reset {0} the body was received")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"before", "after"})
  void aConnectionResetOfCreateFolderIsLookedUpBeforeItIsSentAgainAndARenameIsReplayed(String when) {
    java.util.function.Consumer<String> reset =
        call -> {
          if (when.equals("before")) {
            emulator.faults().dropBeforeBody(call, 1);
          } else {
            emulator.faults().drop(call, 1);
          }
        };
    reset.accept("POST /drive/v1/files");
    assertThat(files.createFolder(docs, "Reset").entry().name()).isEqualTo("Reset");
    assertThat(posts("/drive/v1/files")).as("sent again only after the look-up found nothing").isEqualTo(2);
    assertThat(drive.children(docs).stream().map(drive::name).filter(n -> n.startsWith("Reset")))
        .containsExactly("Reset");

    reset.accept("PATCH /drive/v1/files/" + notes);
    assertThat(files.rename(notes, "renamed.txt").name()).isEqualTo("renamed.txt");
    assertThat(emulator.requests().stream().filter(r -> r.method().equals("PATCH")).count())
        .as("an idempotent rename is replayed once")
        .isEqualTo(2);
  }

  @Test
  void batchCopyIsNotReplayedButBatchMoveIs() {
    String target = drive.addFolder("", "Target");
    emulator.faults().respond("POST /drive/v1/files:batchCopy", 1, 503, "{}");
    assertThatThrownBy(() -> files.copy(List.of(notes), target)).isInstanceOf(ServerException.class);
    assertThat(posts("/drive/v1/files:batchCopy")).isEqualTo(1);
    assertThat(drive.children(target)).isEmpty();

    emulator.faults().respond("POST /drive/v1/files:batchMove", 1, 503, "{}");
    files.move(List.of(notes), target);
    assertThat(posts("/drive/v1/files:batchMove")).isEqualTo(2);
    assertThat(drive.find("/Target/notes.txt")).contains(notes);
  }

  @Test
  void mkdirsCreatesOnlyTheMissingFolders() {
    FileEntry deep = files.mkdirs("/Docs/Sub/x/y");
    assertThat(deep.name()).isEqualTo("y");
    assertThat(drive.find("/Docs/Sub/x/y")).contains(deep.id());
    assertThat(posts("/drive/v1/files")).isEqualTo(2);
    assertThat(files.mkdirs("/Docs/Sub/x/y").id()).isEqualTo(deep.id());
    assertThat(posts("/drive/v1/files")).isEqualTo(2);
    assertThatThrownBy(() -> files.mkdirs("/Docs/notes.txt/z"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not a folder: /Docs/notes.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", ".", "..", "tab\there"})
  void invalidNamesFailBeforeAnyRequest(String name) {
    assertThatThrownBy(() -> files.createFolder(docs, name)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> files.rename(notes, name)).isInstanceOf(InvalidInputException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void tooLongNamesFailBeforeAnyRequest() {
    assertThatThrownBy(() -> files.createFolder(docs, "x".repeat(256)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("255");
    assertThatThrownBy(() -> files.mkdirs("/ok/" + "x".repeat(256))).isInstanceOf(InvalidInputException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void renameAnswersTheRenamedEntryAndACollisionIsTheServersError() {
    FileEntry renamed = files.rename(notes, "todo.txt");
    assertThat(renamed.name()).isEqualTo("todo.txt");
    assertThat(drive.name(notes)).isEqualTo("todo.txt");
    drive.addFile(docs, "taken.txt", 1, 9);
    assertThatThrownBy(() -> files.rename(notes, "taken.txt"))
        .isInstanceOf(PikPakException.class)
        .satisfies(e -> assertThat(((PikPakException) e).error()).isEqualTo("file_duplicated_name"));
    assertThat(drive.name(notes)).isEqualTo("todo.txt");
    assertThat(emulator.requests().stream().filter(r -> r.method().equals("PATCH")).count())
        .as("a collision is reported at once, not retried")
        .isEqualTo(2);
  }

  // ---- batches -----------------------------------------------------------------------------------

  @Test
  void copyReportsTheSuffixedNameOfACollision() {
    String target = drive.addFolder("", "Target");
    String existing = drive.addFile(target, "notes.txt", 2, 2);
    BatchResult r = files.copy(List.of(notes, sub), target);
    assertThat(r.status().phase()).isEqualTo(DriveTaskPhase.COMPLETE);
    assertThat(r.anyRenamed()).isTrue();
    assertThat(r.placed()).extracting(p -> p.entry().name(), PlacedEntry::requestedName, PlacedEntry::renamed)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("notes(1).txt", "notes.txt", true),
            org.assertj.core.groups.Tuple.tuple("Sub", "Sub", false));
    assertThat(r.placed()).noneMatch(p -> p.entry().id().equals(existing) || p.entry().id().equals(notes));
    assertThat(drive.find("/Target/Sub/a.txt")).isPresent();
    assertThat(drive.find("/Docs/notes.txt")).contains(notes);
  }

  @Test
  void moveTakesManyIdsInOneCallAndWaitsForTheTask() {
    String target = drive.addFolder("", "Target");
    BatchResult r = files.move(List.of(notes, sub), target);
    assertThat(posts("/drive/v1/files:batchMove")).isEqualTo(1);
    assertThat(r.placed()).extracting(p -> p.entry().id()).containsExactlyInAnyOrder(notes, sub);
    assertThat(r.anyRenamed()).isFalse();
    assertThat(drive.children(target)).containsExactlyInAnyOrder(notes, sub);
    assertThat(emulator.requestCount("GET", "/drive/v1/tasks/" + r.status().id())).isEqualTo(1);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(500));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void movingAFolderIntoItselfOrBelowFailsBeforeTheMoveAndChangesNothing() {
    assertThatThrownBy(() -> files.move(List.of(notes, docs), docs)).isInstanceOf(InvalidInputException.class);
    assertThat(emulator.requests()).isEmpty();
    assertThatThrownBy(() -> files.move(List.of(docs), sub))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("into itself");
    assertThatThrownBy(() -> files.copy(List.of(docs), sub)).isInstanceOf(InvalidInputException.class);
    assertThat(posts("/drive/v1/files:batchMove") + posts("/drive/v1/files:batchCopy")).isZero();
    assertThat(drive.find("/Docs/Sub/a.txt")).isPresent();
  }

  @Test
  void trashUntrashDeleteAndEmptyTrash() {
    String other = drive.addFile("", "other.bin", 5, 5);
    files.trash(List.of(notes, other));
    assertThat(files.listTrash().stream().map(FileEntry::id)).containsExactlyInAnyOrder(notes, other);
    assertThat(files.resolveTrashed("/Docs/notes.txt").id()).isEqualTo(notes);
    assertThatThrownBy(() -> files.resolve("/Docs/notes.txt")).isInstanceOf(NotFoundException.class);
    files.untrash(List.of(notes));
    assertThat(files.resolve("/Docs/notes.txt").id()).isEqualTo(notes);
    BatchResult emptied = files.emptyTrash();
    assertThat(emptied.status().id()).isNotEmpty();
    assertThat(files.listTrash().stream()).isEmpty();
    assertThatThrownBy(() -> files.get(other)).isInstanceOf(NotFoundException.class);
    files.delete(List.of(sub));
    assertThatThrownBy(() -> files.get(sub)).isInstanceOf(NotFoundException.class);
    assertThat(files.listTrash().stream()).isEmpty();
  }

  @Test
  void starAndUnstar() {
    files.star(List.of(notes));
    assertThat(files.listStarred().stream().map(FileEntry::id)).containsExactly(notes);
    files.unstar(List.of(notes));
    assertThat(files.listStarred().stream()).isEmpty();
  }

  @Test
  void waitingPollsWithBackoffScheduledNotSlept() {
    emulator.batchTasks().delay(Duration.ofSeconds(3));
    BatchResult r = files.trash(List.of(notes));
    assertThat(scheduler.delays())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(sleeps).isEmpty();
    assertThat(emulator.requestCount("GET", "/drive/v1/tasks/" + r.status().id())).isEqualTo(3);
  }

  @Test
  void aHandleCanBePolledAndAwaitedAndTimesOutWithinItsBound() {
    emulator.batchTasks().delay(Duration.ofSeconds(6));
    DriveTask task = files.start(BatchOperation.trash(List.of(notes)));
    assertThat(task.id()).isNotEmpty();
    assertThat(task.poll().phase()).isEqualTo(DriveTaskPhase.RUNNING);
    assertThatThrownBy(() -> task.await(Duration.ofSeconds(4)))
        .isInstanceOf(DriveTaskTimeoutException.class).hasMessageContaining("trash task");
    assertThat(scheduler.delays().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(4));
    assertThat(sleeps).isEmpty();
    assertThat(task.await().phase()).isEqualTo(DriveTaskPhase.COMPLETE);
  }

  @Test
  void aFailedTaskIsATypedErrorWithTheServersMessage() {
    emulator.batchTasks().failNext("file is locked");
    assertThatThrownBy(() -> files.trash(List.of(notes)))
        .isInstanceOf(DriveTaskFailedException.class)
        .hasMessageContaining("file is locked")
        .satisfies(e -> assertThat(((DriveTaskFailedException) e).status().phase()).isEqualTo(DriveTaskPhase.ERROR));
    assertThat(files.resolve("/Docs/notes.txt").id()).isEqualTo(notes);
  }

  @Test
  void anAnswerWithoutTaskIdCompletesAtOnce() {
    emulator.batchTasks().withoutTaskId(true);
    BatchResult r = files.trash(List.of(notes));
    assertThat(r.status().id()).isEmpty();
    assertThat(sleeps).isEmpty();
    assertThat(scheduler.delays()).isEmpty();
    assertThat(drive.find("/Docs/notes.txt")).isPresent(); // trashed entries stay in the tree
    assertThat(files.listTrash().stream().map(FileEntry::id)).containsExactly(notes);
  }

  // ---- path cache -------------------------------------------------------------------------------

  @Test
  void repeatedResolutionUsesTheCacheAndOneFreshFetch() {
    FileEntry first = files.resolve("/Docs/Sub/a.txt");
    int lists = emulator.requestCount("GET", "/drive/v1/files");
    assertThat(lists).isEqualTo(3);
    FileEntry again = files.resolve("/Docs/Sub/a.txt");
    assertThat(again).isEqualTo(first);
    assertThat(emulator.requestCount("GET", "/drive/v1/files")).isEqualTo(lists);
    assertThat(emulator.requestCount("GET", "/drive/v1/files/" + first.id())).isEqualTo(1);
    files.resolve("/Docs/Sub");
    assertThat(emulator.requestCount("GET", "/drive/v1/files")).isEqualTo(lists);
  }

  @Test
  void everyChangeThroughTheClientInvalidatesTheAffectedPaths() {
    files.resolve("/Docs/Sub/a.txt");
    files.resolve("/Docs/notes.txt");
    assertThat(cache().contains("/Docs/Sub/a.txt")).isTrue();

    files.rename(sub, "Renamed");
    assertThat(cache().contains("/Docs/Sub")).isFalse();
    assertThat(cache().contains("/Docs/Sub/a.txt")).isFalse();
    assertThat(cache().contains("/Docs/notes.txt")).isTrue();
    assertThatThrownBy(() -> files.resolve("/Docs/Sub/a.txt")).isInstanceOf(NotFoundException.class);
    assertThat(files.resolve("/Docs/Renamed/a.txt").name()).isEqualTo("a.txt");

    files.trash(List.of(notes));
    assertThat(cache().contains("/Docs/notes.txt")).isFalse();
    files.untrash(List.of(notes));
    assertThat(cache().size()).isZero();

    files.resolve("/Docs/Renamed/a.txt");
    String target = files.mkdirs("/Target").id();
    files.move(List.of(docs), target);
    assertThat(cache().contains("/Docs")).isFalse();
    assertThat(cache().contains("/Docs/Renamed/a.txt")).isFalse();
    assertThat(files.resolve("/Target/Docs/Renamed/a.txt").name()).isEqualTo("a.txt");

    files.delete(List.of(target));
    assertThat(cache().contains("/Target")).isFalse();
    assertThat(cache().contains("/Target/Docs/Renamed/a.txt")).isFalse();
  }

  @Test
  void changesByAnotherClientAreSeenAfterAMiss() {
    files.resolve("/Docs/notes.txt");
    // another client renames it: the remembered id no longer has the name, so the path is walked again
    drive.addFile(docs, "spare.txt", 1, 1);
    drive.setTrashed(notes, true);
    assertThatThrownBy(() -> files.resolve("/Docs/notes.txt")).isInstanceOf(NotFoundException.class);
    assertThat(cache().contains("/Docs/notes.txt")).isFalse();
  }

  @Test
  void unknownPathsAreNotFound() {
    assertThatThrownBy(() -> files.resolve("/Docs/missing/x")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("/Docs/missing");
    assertThatThrownBy(() -> files.resolveTrashed("/Docs/notes.txt")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.move(List.of("no-such-id"), docs)).isInstanceOf(NotFoundException.class);
    assertThat(files.listAll(docs).stream().map(FileEntry::name).collect(Collectors.toList()))
        .containsExactlyInAnyOrder("Sub", "notes.txt");
  }
}
