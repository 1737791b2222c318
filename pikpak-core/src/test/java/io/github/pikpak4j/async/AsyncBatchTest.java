package io.github.pikpak4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.async.AsyncDriveTask;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskFailedException;
import io.github.pikpak4j.core.files.DriveTaskPhase;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import io.github.pikpak4j.core.files.DriveTaskTimeoutException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The async batch operations and task handle against the emulator: each does to one of two mirrored folders what its
 * blocking twin does to the other and reports the same result, fails as the blocking twin throws (unwrapped), and
 * polls the server's task on the client's scheduler, never through the sleeper.
 */
class AsyncBatchTest {
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private PikPakClient client;
  private volatile boolean sleepForbidden;
  private Side a;
  private Side b;

  /** One of two identical folders: {@code /A/{Dest/x.txt, x.txt, F/Inner}}. */
  record Side(String root, String dest, String x, String f, String inner) {}

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    a = side("A");
    b = side("B");
    client =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .retryPolicy(RetryPolicy.none())
            .rateLimit(RateLimit.unlimited())
            .sleeper(d -> {
              if (sleepForbidden) {
                throw new AssertionError("the sleeper was called for " + d + " on " + Thread.currentThread());
              }
              emulator.advance(d); // the blocking twin's polls wait on the emulator clock only
            })
            .build();
    client.login();
  }

  private Side side(String name) {
    String root = drive.addFolder("", name);
    String dest = drive.addFolder(root, "Dest");
    drive.addFile(dest, "x.txt", 2, 1);
    String x = drive.addFile(root, "x.txt", 3, 2);
    String f = drive.addFolder(root, "F");
    String inner = drive.addFolder(f, "Inner");
    return new Side(root, dest, x, f, inner);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** A batch method: what to prepare on a side, the blocking call and its async twin. */
  record Case(
      String name,
      BiConsumer<PikPakClient, Side> prepare,
      BiFunction<PikPakClient, Side, BatchResult> sync,
      BiFunction<PikPakClient, Side, CompletableFuture<BatchResult>> async) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    BiConsumer<PikPakClient, Side> none = (c, s) -> { };
    BiConsumer<PikPakClient, Side> trashX = (c, s) -> c.files().trash(List.of(s.x()));
    return Stream.of(
        new Case("move", none, (c, s) -> c.files().move(List.of(s.x(), s.f()), s.dest()),
            (c, s) -> c.async().files().move(List.of(s.x(), s.f()), s.dest())),
        new Case("copy", none, (c, s) -> c.files().copy(List.of(s.x(), s.f()), s.dest()),
            (c, s) -> c.async().files().copy(List.of(s.x(), s.f()), s.dest())),
        new Case("trash", none, (c, s) -> c.files().trash(List.of(s.x(), s.f())),
            (c, s) -> c.async().files().trash(List.of(s.x(), s.f()))),
        new Case("untrash", trashX, (c, s) -> c.files().untrash(List.of(s.x())),
            (c, s) -> c.async().files().untrash(List.of(s.x()))),
        new Case("delete", none, (c, s) -> c.files().delete(List.of(s.x(), s.f())),
            (c, s) -> c.async().files().delete(List.of(s.x(), s.f()))),
        new Case("emptyTrash", trashX, (c, s) -> c.files().emptyTrash(), (c, s) -> c.async().files().emptyTrash()));
  }

  /** What a result says, without the ids that differ between the sides. */
  private static List<String> shape(BatchResult r) {
    List<String> out = new ArrayList<>();
    out.add(r.operation().kind() + " " + r.status().phase() + " " + r.status().progress() + " " + r.status().message());
    r.placed().stream()
        .map(p -> p.entry().name() + " asked " + p.requestedName() + (p.entry().isFolder() ? " folder" : " file"))
        .sorted()
        .forEach(out::add);
    return out;
  }

  /** A side's visible tree and its entries in the trash, by name. */
  private List<String> tree(Side s) {
    List<String> out = new ArrayList<>();
    walk(s.root(), "", out);
    client.files().listTrash().stream()
        .filter(e -> e.parentId().equals(s.root()))
        .map(e -> "trash:" + e.name())
        .sorted()
        .forEach(out::add);
    return out;
  }

  private void walk(String folderId, String prefix, List<String> out) {
    for (FileEntry e : client.files().listAll(folderId).stream().sorted((x, y) -> x.name().compareTo(y.name())).toList()) {
      out.add(prefix + "/" + e.name());
      if (e.isFolder()) {
        walk(e.id(), prefix + "/" + e.name(), out);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resultAndEffectEqualTheBlockingTwins(Case c) {
    c.prepare().accept(client, a);
    BatchResult expected = c.sync().apply(client, a);
    c.prepare().accept(client, b);
    BatchResult actual = Twin.result(c.async().apply(client, b));

    assertThat(actual.operation().kind()).isEqualTo(expected.operation().kind());
    assertThat(actual.status().phase()).isEqualTo(DriveTaskPhase.COMPLETE);
    assertThat(shape(actual)).isEqualTo(shape(expected));
    assertThat(tree(b)).as("the async %s changed B as the blocking one changed A", c).isEqualTo(tree(a));
    assertThat(emulator.requestCount("GET", "/drive/v1/tasks/" + actual.status().id()))
        .as("the task was polled")
        .isEqualTo(1);
  }

  /** The operations whose ids are checked after the batch (copies and empty trash are not). */
  static Stream<Case> checkedCases() {
    return cases().filter(c -> !c.name().equals("copy") && !c.name().equals("emptyTrash"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkedCases")
  void anIdTheServerAcknowledgesButSkipsIsReportedNotDoneByBothTwins(Case c) {
    c.prepare().accept(client, a);
    c.prepare().accept(client, b);
    emulator.driveFaults().skipInBatch(a.x()).skipInBatch(b.x());

    BatchResult expected = c.sync().apply(client, a);
    BatchResult actual = Twin.result(c.async().apply(client, b));

    assertThat(expected.notDone()).containsExactly(a.x());
    assertThat(actual.notDone()).containsExactly(b.x());
    assertThat(actual.done().size()).isEqualTo(expected.done().size());
  }

  @Test
  void untrashOfAnEntryNotInTheTrashIsNotDoneForBothTwins() {
    BatchResult expected = client.files().untrash(List.of(a.x()));
    BatchResult actual = Twin.result(client.async().files().untrash(List.of(b.x())));

    assertThat(expected.nothingDone()).isTrue();
    assertThat(actual.nothingDone()).isTrue();
    assertThat(actual.notDone()).containsExactly(b.x());
  }

  @Test
  void copyReportsTheServersSuffixLikeTheBlockingCopy() {
    BatchResult r = Twin.result(client.async().files().copy(List.of(b.x()), b.dest()));
    assertThat(r.placed()).singleElement().satisfies(p -> {
      assertThat(p.entry().name()).isEqualTo("x(1).txt");
      assertThat(p.requestedName()).isEqualTo("x.txt");
    });
  }

  /** Whichever way an operation fails, the async twin fails alike: the same type and message (ids aside). */
  private void assertFailsAlike(Case c, Consumer<PikPakEmulator> fault) {
    c.prepare().accept(client, a);
    fault.accept(emulator);
    Throwable expected = catchThrowable(() -> c.sync().apply(client, a));
    assertThat(expected).as("the blocking %s fails", c).isNotNull();
    c.prepare().accept(client, b);
    fault.accept(emulator);
    Throwable actual = Twin.failure(c.async().apply(client, b));
    assertThat(actual).as(c.name()).hasSameClassAs(expected);
    assertThat(withoutIds(actual)).isEqualTo(withoutIds(expected));
    if (expected instanceof DriveTaskFailedException f) {
      assertThat(((DriveTaskFailedException) actual).status().message()).isEqualTo(f.status().message());
    }
  }

  /** The message with the task and file ids (which differ between the sides) blanked. */
  private static String withoutIds(Throwable t) {
    return String.valueOf(t.getMessage()).replaceAll("V[NT][A-Za-z0-9]+", "<id>");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aFailedServerTaskFailsTheFutureAsTheBlockingCallThrows(Case c) {
    assertFailsAlike(c, e -> e.batchTasks().failNext("file is locked"));
    assertThat(tree(b)).as("a failed task changed nothing, as for A").isEqualTo(tree(a));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aFailedRequestFailsTheFutureAsTheBlockingCallThrows(Case c) {
    String path = switch (c.name()) {
      case "move" -> "POST /drive/v1/files:batchMove";
      case "copy" -> "POST /drive/v1/files:batchCopy";
      case "trash" -> "POST /drive/v1/files:batchTrash";
      case "untrash" -> "POST /drive/v1/files:batchUntrash";
      case "delete" -> "POST /drive/v1/files:batchDelete";
      default -> "PATCH /drive/v1/files/trash:empty";
    };
    assertFailsAlike(c, e -> e.faults().respond(path, 1, 503, "{}"));
  }

  @Test
  void moveOrCopyBelowItselfFailsAsTheBlockingCallThrowsAndSendsNothing() {
    for (Case c : cases().filter(k -> k.name().equals("move") || k.name().equals("copy")).toList()) {
      Case below = new Case(c.name() + " below itself", (cl, s) -> { },
          (cl, s) -> c.name().equals("move") ? cl.files().move(List.of(s.f()), s.inner())
              : cl.files().copy(List.of(s.f()), s.inner()),
          (cl, s) -> c.name().equals("move") ? cl.async().files().move(List.of(s.f()), s.inner())
              : cl.async().files().copy(List.of(s.f()), s.inner()));
      assertFailsAlike(below, e -> { });
      Case notFolder = new Case(c.name() + " into a file", (cl, s) -> { },
          (cl, s) -> c.name().equals("move") ? cl.files().move(List.of(s.f()), s.x())
              : cl.files().copy(List.of(s.f()), s.x()),
          (cl, s) -> c.name().equals("move") ? cl.async().files().move(List.of(s.f()), s.x())
              : cl.async().files().copy(List.of(s.f()), s.x()));
      assertFailsAlike(notFolder, e -> { });
    }
    assertThat(emulator.requestCount("POST", "/drive/v1/files:batchMove")).isZero();
    assertThat(emulator.requestCount("POST", "/drive/v1/files:batchCopy")).isZero();
  }

  @Test
  void badInputFailsTheFutureBeforeAnyRequest() {
    int before = emulator.requests().size();
    List<CompletableFuture<?>> futures =
        List.of(
            client.async().files().move(List.of(), b.dest()),
            client.async().files().move(List.of(b.f()), b.f()),
            client.async().files().copy(List.of(b.x(), b.x()), b.dest()),
            client.async().files().trash(List.of("")),
            client.async().files().untrash(List.of()),
            client.async().files().delete(List.of(" ", "")));
    for (CompletableFuture<?> f : futures) {
      assertThat(Twin.failure(f)).isInstanceOf(InvalidInputException.class);
    }
    assertThat(emulator.requests()).hasSize(before);
  }

  // ---- the task handle ---------------------------------------------------------------------------

  @Test
  void startReturnsAHandleWhoseAwaitAndPollAnswerAsTheBlockingHandle() {
    DriveTask syncTask = client.files().start(BatchOperation.trash(List.of(a.x())));
    DriveTaskStatus syncDone = syncTask.await();

    AsyncDriveTask task = Twin.result(client.async().files().start(BatchOperation.trash(List.of(b.x()))));
    assertThat(task.id()).isNotEmpty().isNotEqualTo(syncTask.id());
    assertThat(task.operation()).isEqualTo(BatchOperation.trash(List.of(b.x())));
    DriveTaskStatus done = Twin.result(task.await());
    assertThat(done.id()).isEqualTo(task.id());
    assertThat(done.phase()).isEqualTo(syncDone.phase()).isEqualTo(DriveTaskPhase.COMPLETE);
    assertThat(done.progress()).isEqualTo(syncDone.progress()).isEqualTo(100);
    assertThat(Twin.result(task.poll())).isEqualTo(done);
    assertThat(tree(b)).isEqualTo(tree(a));
  }

  @Test
  void theHandleFailsAsTheBlockingHandleThrows() {
    // a task still running after the timeout
    emulator.batchTasks().delay(Duration.ofHours(1));
    Throwable syncTimeout = catchThrowable(
        () -> client.files().start(BatchOperation.trash(List.of(a.x()))).await(Duration.ofMillis(100)));
    AsyncDriveTask running = Twin.result(client.async().files().start(BatchOperation.trash(List.of(b.x()))));
    Throwable timeout = Twin.failure(running.await(Duration.ofMillis(100)));
    assertThat(syncTimeout).isInstanceOf(DriveTaskTimeoutException.class);
    assertThat(timeout).isInstanceOf(DriveTaskTimeoutException.class);
    assertThat(withoutIds(timeout)).isEqualTo(withoutIds(syncTimeout));
    assertThat(((DriveTaskTimeoutException) timeout).last().phase()).isEqualTo(DriveTaskPhase.RUNNING);

    // a poll that fails: the request's own exception, unwrapped
    emulator.faults().respond("GET /drive/v1/tasks/" + running.id(), 1, 503, "{}");
    Throwable syncPoll = catchThrowable(
        () -> client.files().start(BatchOperation.trash(List.of(a.f()))).poll());
    emulator.faults().respond("GET /drive/v1/tasks/" + running.id(), 1, 503, "{}");
    Throwable poll = Twin.failure(running.poll());
    assertThat(poll).isInstanceOf(io.github.pikpak4j.api.ServerException.class);
    assertThat(syncPoll).as("the fault was on the async task only").isNull();

    // a task that ends in error
    emulator.batchTasks().reset();
    emulator.batchTasks().failNext("quota");
    Throwable syncFailed = catchThrowable(
        () -> client.files().start(BatchOperation.delete(List.of(a.f()))).await());
    emulator.batchTasks().failNext("quota");
    AsyncDriveTask failing = Twin.result(client.async().files().start(BatchOperation.delete(List.of(b.f()))));
    Throwable failed = Twin.failure(failing.await());
    assertThat(failed).isInstanceOf(DriveTaskFailedException.class).hasSameClassAs(syncFailed);
    assertThat(withoutIds(failed)).isEqualTo(withoutIds(syncFailed));
    assertThat(((DriveTaskFailedException) failed).status().phase()).isEqualTo(DriveTaskPhase.ERROR);
  }

  @Test
  void taskPollingIsScheduledNeverSlept() {
    sleepForbidden = true;
    emulator.batchTasks().delay(Duration.ofMillis(700)); // RUNNING at the first poll (after 500 ms), done by the next
    long t0 = System.nanoTime();
    CompletableFuture<BatchResult> trashed = client.async().files().trash(List.of(b.x()));
    Duration returnedAfter = Duration.ofNanos(System.nanoTime() - t0);

    BatchResult r = Twin.result(trashed);
    Duration completedAfter = Duration.ofNanos(System.nanoTime() - t0);

    assertThat(r.status().phase()).isEqualTo(DriveTaskPhase.COMPLETE);
    assertThat(emulator.requestCount("GET", "/drive/v1/tasks/" + r.status().id()))
        .as("one poll saw the task running, the next one done")
        .isEqualTo(2);
    assertThat(returnedAfter).as("the caller is not held for the first wait").isLessThan(Duration.ofMillis(500));
    assertThat(completedAfter)
        .as("the polls waited 500 ms, then 1 s (doubled)")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }
}
