package io.github.pikpak4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.offline.OfflineUrl;
import io.github.pikpak4j.offline.TaskPhase;
import io.github.pikpak4j.share.AsyncShare;
import io.github.pikpak4j.share.CreateShareOptions;
import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code client.async()} against the strict emulator: every async twin of files, account, offline and shares returns
 * what its blocking twin returns, and fails as it throws (same type and message, unwrapped), bad input included.
 */
class AsyncFacadeTest {
  private static final String MAGNET = "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=A+Movie.mkv";
  private static final String MISSING = "VNmissing00000000000000";

  private static String publicShare;
  private static String lockedShare;
  private static String ownShare;
  private static String season;
  private static String movie;
  private static String taskId;
  private static String rootPage2;
  private static String LOCKED_URL;

  private PikPakEmulator emulator;
  private PikPakClient client;

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
            .retryPolicy(RetryPolicy.none())
            .build();
    client.login();
    String owner = emulator.addAccount("owner@pikpak4j.dev", "owner-password");
    EmulatedDrive drive = emulator.drive(owner);
    String show = drive.addFolder("", "Show");
    season = drive.addFolder(show, "Season 1");
    drive.addFile(season, "e01.mkv", 4096, 1);
    movie = drive.addFile("", "movie.mp4", 10_000, 3);
    drive.addMedia(movie, "720P", 720, false, 6_000, 4);
    publicShare = emulator.shares().create(owner, List.of(show, movie), null);
    lockedShare = emulator.shares().create(owner, List.of(show), "1234");
    ownShare = emulator.shares().create(
        emulator.demoUserId(), List.of(emulator.drive().find("/Documents/Nested/small.bin").orElseThrow()), null);
    taskId = client.offline().add(OfflineUrl.parse(MAGNET)).task().id();
    rootPage2 = client.files().list("").nextPageToken().orElseThrow();
    LOCKED_URL = "https://mypikpak.com/s/" + lockedShare + "?pwd=1234";
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private static Consumer<PikPakEmulator> fault(String methodAndPath) {
    return e -> e.faults().respond(methodAndPath, 1, 503, "{}");
  }

  /** Both sends of a reconciled write fail (the look-up between them finds nothing): the write fails. */
  private static Consumer<PikPakEmulator> faultTwice(String methodAndPath) {
    return e -> e.faults().respond(methodAndPath, 2, 503, "{}");
  }

  private static final Consumer<PikPakEmulator> NONE = e -> { };

  /** Opens a share and composes a call on it; the test's own composition is settled (unwrapped) too. */
  private static <T> CompletableFuture<T> opened(
      PikPakClient c, String link, Function<AsyncShare, CompletableFuture<T>> then) {
    return Futures.settle(c.async().shares().open(link).thenCompose(then));
  }

  static Stream<Twin> reads() {
    return Stream.of(
        Twin.of("account.user", c -> c.account().user(), c -> c.async().account().user(), fault("GET /v1/user/me")),
        Twin.of("account.quota", c -> c.account().quota(), c -> c.async().account().quota(),
            fault("GET /drive/v1/about")),
        Twin.of("files.list(folder)", c -> c.files().list(""), c -> c.async().files().list(""),
            fault("GET /drive/v1/files")),
        Twin.of("files.list(folder, token)", c -> c.files().list("", rootPage2),
            c -> c.async().files().list("", rootPage2), fault("GET /drive/v1/files")),
        Twin.of("files.listAll", c -> c.files().listAll("").stream().toList(),
            c -> c.async().files().listAll("").toList(), fault("GET /drive/v1/files")),
        Twin.of("files.get", c -> c.files().get(c.files().resolve("/README.txt").id()),
            c -> c.async().files().get(c.files().resolve("/README.txt").id()),
            // a missing id: the same NotFoundException from both
            e -> { }) ,
        Twin.of("files.get(missing)", c -> c.files().get(""), c -> c.async().files().get(""), NONE),
        Twin.of("files.resolve", c -> c.files().resolve("/Documents/Nested/small.bin"),
            c -> c.async().files().resolve("/Documents/Nested/small.bin"), NONE),
        Twin.of("files.resolveTrashed", c -> trashed(c), c -> trashedAsync(c), NONE),
        Twin.of("files.listTrash", c -> c.files().listTrash().stream().toList(),
            c -> c.async().files().listTrash().toList(), fault("GET /drive/v1/files")),
        Twin.of("files.listStarred", c -> c.files().listStarred().stream().toList(),
            c -> c.async().files().listStarred().toList(), fault("GET /drive/v1/files")),
        Twin.of("offline.get", c -> c.offline().get(taskId), c -> c.async().offline().get(taskId),
            fault("GET /drive/v1/tasks/" + taskId)),
        Twin.of("offline.list(phases)", c -> c.offline().list(Set.of()), c -> c.async().offline().list(Set.of()),
            fault("GET /drive/v1/tasks")),
        Twin.of("offline.list(phases, token)", c -> c.offline().list(Set.of(TaskPhase.RUNNING), ""),
            c -> c.async().offline().list(Set.of(TaskPhase.RUNNING), ""), fault("GET /drive/v1/tasks")),
        Twin.of("offline.listAll", c -> c.offline().listAll(Set.of()).stream().toList(),
            c -> c.async().offline().listAll(Set.of()).toList(), fault("GET /drive/v1/tasks")),
        Twin.of("shares.mine(token)", c -> c.shares().mine(""), c -> c.async().shares().mine(""),
            fault("GET /drive/v1/share/list")),
        Twin.of("shares.mine()", c -> c.shares().mine().stream().toList(), c -> c.async().shares().mine().toList(),
            fault("GET /drive/v1/share/list")),
        Twin.of("share.list", c -> c.shares().open(publicShare).list("", ""),
            c -> opened(c, publicShare, s -> s.list("", "")),
            fault("GET /drive/v1/share/detail")),
        Twin.of("share.listAll", c -> c.shares().open(LOCKED_URL).listAll(season).stream().toList(),
            c -> opened(c, LOCKED_URL, s -> s.listAll(season).toList()),
            fault("GET /drive/v1/share/detail")),
        Twin.of("share.walk", c -> c.shares().open(publicShare).walk("", 3, 10),
            c -> opened(c, publicShare, s -> s.walk("", 3, 10)),
            fault("GET /drive/v1/share/detail")),
        Twin.of("share.file", c -> c.shares().open(publicShare).file(movie),
            c -> opened(c, publicShare, s -> s.file(movie)),
            fault("GET /drive/v1/share/file_info")),
        Twin.of("share.link", c -> c.shares().open(publicShare).link(movie, TranscodePolicy.TRANSCODED),
            c -> opened(c, publicShare, s -> s.link(movie, TranscodePolicy.TRANSCODED)),
            fault("GET /drive/v1/share/file_info")));
  }

  private static FileEntry trashed(PikPakClient c) {
    if (c.files().listTrash().stream().noneMatch(e -> e.name().equals("notes.txt"))) {
      c.files().trash(List.of(c.files().resolve("/Documents/notes.txt").id()));
    }
    return c.files().resolveTrashed("/Documents/notes.txt");
  }

  private static CompletableFuture<FileEntry> trashedAsync(PikPakClient c) {
    return c.async().files().resolveTrashed("/Documents/notes.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void resultEqualsTheBlockingTwin(Twin twin) {
    twin.assertSameResult(client);
  }

  /** Under the same fault (or the same bad input) both fail alike. */
  static Stream<Twin> failures() {
    return Stream.concat(
        reads().filter(t -> t.fault() != NONE && !t.name().equals("files.get")),
        Stream.of(
            Twin.of("files.get(missing id)", c -> c.files().get("no-such-id"), c -> c.async().files().get("no-such-id"),
                NONE),
            Twin.of("files.resolve(missing)", c -> c.files().resolve("/No Such/x"),
                c -> c.async().files().resolve("/No Such/x"), NONE),
            Twin.of("files.resolve(through a file)", c -> c.files().resolve("/README.txt/x"),
                c -> c.async().files().resolve("/README.txt/x"), NONE),
            Twin.of("files.resolve(relative: bad input)", c -> c.files().resolve("relative"),
                c -> c.async().files().resolve("relative"), NONE),
            Twin.of("files.resolveTrashed(not trashed)", c -> c.files().resolveTrashed("/README.txt"),
                c -> c.async().files().resolveTrashed("/README.txt"), NONE),
            Twin.of("files.resolveTrashed(root: bad input)", c -> c.files().resolveTrashed("/"),
                c -> c.async().files().resolveTrashed("/"), NONE),
            Twin.of("offline.get(missing)", c -> c.offline().get("no-such-task"),
                c -> c.async().offline().get("no-such-task"), NONE),
            Twin.of("offline.get(blank: bad input)", c -> c.offline().get(" "), c -> c.async().offline().get(" "),
                NONE),
            Twin.of("shares.open(missing)", c -> c.shares().open(MISSING), c -> c.async().shares().open(MISSING),
                NONE),
            Twin.of("shares.open(wrong pass code)", c -> c.shares().open("https://mypikpak.com/s/" + lockedShare + "?pwd=9999"),
                c -> c.async().shares().open("https://mypikpak.com/s/" + lockedShare + "?pwd=9999"), NONE),
            Twin.of("shares.open(malformed: bad input)", c -> c.shares().open("https://example.com/x"),
                c -> c.async().shares().open("https://example.com/x"), NONE),
            Twin.of("share.walk(bounds: bad input)", c -> c.shares().open(publicShare).walk("", 0, 1),
                c -> opened(c, publicShare, s -> s.walk("", 0, 1)), NONE),
            Twin.of("share.file(missing)", c -> c.shares().open(publicShare).file("no-such-file"),
                c -> opened(c, publicShare, s -> s.file("no-such-file")), NONE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failureEqualsTheBlockingTwin(Twin twin) {
    twin.assertSameFailure(emulator, client);
  }

  @Test
  void badInputFailsTheFutureBeforeAnyRequest() {
    int before = emulator.requests().size();
    List<CompletableFuture<?>> futures =
        List.of(
            client.async().files().resolve("relative"),
            client.async().files().createFolder("", "a/b"),
            client.async().files().rename("", "x"),
            client.async().files().mkdirs("id:abc"),
            client.async().offline().get(""),
            client.async().offline().add("not a link", AddOptions.defaults()),
            client.async().offline().delete(List.of(), false),
            client.async().offline().retry(" "),
            client.async().offline().await("", Duration.ofSeconds(1), t -> { }),
            client.async().shares().open("https://example.com/nope"),
            client.async().shares().delete(List.of()));
    for (CompletableFuture<?> f : futures) {
      assertThat(Twin.failure(f)).isInstanceOf(InvalidInputException.class);
    }
    assertThat(emulator.requests()).hasSize(before);
  }

  // ---- changes: result and failure of each ------------------------------------------------------

  @Test
  void createFolderMkdirsRenameStar() {
    PlacedEntry made = Twin.result(client.async().files().createFolder("", "Async"));
    assertThat(made.entry().name()).isEqualTo("Async");
    assertThat(client.files().resolve("/Async").id()).isEqualTo(made.entry().id());

    FileEntry deep = Twin.result(client.async().files().mkdirs("/Async/B/C"));
    assertThat(client.files().resolve("/Async/B/C").id()).isEqualTo(deep.id());

    FileEntry renamed = Twin.result(client.async().files().rename(deep.id(), "D"));
    assertThat(renamed.name()).isEqualTo("D");
    assertThat(Twin.result(client.async().files().resolve("/Async/B/D")).id()).isEqualTo(deep.id());

    Twin.result(client.async().files().star(List.of(deep.id())));
    assertThat(client.files().listStarred().stream().map(FileEntry::id)).contains(deep.id());
    Twin.result(client.async().files().unstar(List.of(deep.id())));
    assertThat(client.files().listStarred().stream().map(FileEntry::id)).doesNotContain(deep.id());
  }

  static Stream<Twin> changeFailures() {
    return Stream.of(
        Twin.of("files.createFolder(503)", c -> c.files().createFolder("", "X"),
            c -> c.async().files().createFolder("", "X"), faultTwice("POST /drive/v1/files")),
        Twin.of("files.createFolder(bad name)", c -> c.files().createFolder("", ".."),
            c -> c.async().files().createFolder("", ".."), NONE),
        Twin.of("files.mkdirs(through a file)", c -> c.files().mkdirs("/README.txt/x"),
            c -> c.async().files().mkdirs("/README.txt/x"), NONE),
        Twin.of("files.rename(missing)", c -> c.files().rename("no-such-id", "x"),
            c -> c.async().files().rename("no-such-id", "x"), NONE),
        Twin.of("files.star(503)", c -> { c.files().star(List.of("a")); return ""; },
            c -> c.async().files().star(List.of("a")), fault("POST /drive/v1/files:star")),
        Twin.of("files.unstar(503)", c -> { c.files().unstar(List.of("a")); return ""; },
            c -> c.async().files().unstar(List.of("a")), fault("POST /drive/v1/files:unstar")),
        Twin.of("offline.add(url)", c -> c.offline().add(OfflineUrl.parse(MAGNET)),
            c -> c.async().offline().add(OfflineUrl.parse(MAGNET)), e -> e.offline().dailyLimitReached(true)),
        Twin.of("offline.add(string, options)", c -> c.offline().add("https://example.com/a.bin",
            AddOptions.defaults()), c -> c.async().offline().add("https://example.com/a.bin", AddOptions.defaults()),
            e -> e.offline().spaceExhausted(true)),
        Twin.of("offline.add(url, options: missing folder)", c -> c.offline().add(OfflineUrl.parse(MAGNET),
            AddOptions.builder().folderId("no-such-folder").build()),
            c -> c.async().offline().add(OfflineUrl.parse(MAGNET), AddOptions.builder().folderId("no-such-folder")
                .build()), NONE),
        Twin.of("offline.retry(missing)", c -> c.offline().retry("no-such-task"),
            c -> c.async().offline().retry("no-such-task"), NONE),
        Twin.of("offline.delete(503)", c -> { c.offline().delete(List.of(taskId), false); return ""; },
            c -> c.async().offline().delete(List.of(taskId), false), fault("DELETE /drive/v1/tasks")),
        Twin.of("offline.await(failed task)", c -> c.offline().await(failingTask(c), Duration.ofMinutes(1), t -> { }),
            c -> c.async().offline().await(failingTask(c), Duration.ofMinutes(1), t -> { }), NONE),
        Twin.of("shares.create(503)", c -> c.shares().create(CreateShareOptions.builder(movieOf(c)).build()),
            c -> c.async().shares().create(CreateShareOptions.builder(movieOf(c)).build()),
            faultTwice("POST /drive/v1/share")),
        Twin.of("shares.delete(503)", c -> { c.shares().delete(List.of(ownShare)); return ""; },
            c -> c.async().shares().delete(List.of(ownShare)), fault("POST /drive/v1/share:batchDelete")),
        Twin.of("share.save(503)", c -> c.shares().open(publicShare).save(SaveOptions.all()),
            c -> opened(c, publicShare, s -> s.save(SaveOptions.all())),
            faultTwice("POST /drive/v1/share/restore")));
  }

  private static String movieOf(PikPakClient c) {
    return c.files().resolve("/README.txt").id();
  }

  private static String failingTask(PikPakClient c) {
    String id = c.offline().add("https://example.com/fail/x.bin", AddOptions.defaults()).task().id();
    return id;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changeFailures")
  void changeFailsAsItsBlockingTwin(Twin twin) {
    if (twin.name().startsWith("offline.await")) {
      // the failing task must have failed on the emulator clock before either waits
      String id = failingTask(client);
      emulator.advance(Duration.ofSeconds(10));
      Throwable sync = org.assertj.core.api.Assertions.catchThrowable(
          () -> client.offline().await(id, Duration.ofMinutes(1), t -> { }));
      Throwable async = Twin.failure(client.async().offline().await(id, Duration.ofMinutes(1), t -> { }));
      assertThat(async).hasSameClassAs(sync).hasMessage(sync.getMessage());
      return;
    }
    twin.assertSameFailure(emulator, client);
  }

  @Test
  void offlineAddGetRetryDeleteAwait() {
    var added = Twin.result(client.async().offline().add(OfflineUrl.parse(MAGNET.replace("c12f", "d12f"))));
    assertThat(added.task().id()).isNotEmpty();
    var other = Twin.result(client.async().offline().add("https://example.com/b.bin", AddOptions.defaults()));
    var third = Twin.result(client.async().offline().add(OfflineUrl.parse("https://example.com/fail/c.bin"),
        AddOptions.defaults()));
    emulator.advance(Duration.ofSeconds(10));
    var done = Twin.result(client.async().offline().await(added.task().id(), Duration.ofMinutes(1), t -> { }));
    assertThat(done.file().name()).isEqualTo("A Movie.mkv");
    var retried = Twin.result(client.async().offline().retry(third.task().id()));
    assertThat(retried.id()).isEqualTo(third.task().id());
    Twin.result(client.async().offline().delete(List.of(other.task().id()), true));
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).doesNotContain(other.task().id());
  }

  @Test
  void sharesCreateMineDeleteSaveAndRenewal() {
    String readme = client.files().resolve("/README.txt").id();
    var created = Twin.result(client.async().shares().create(CreateShareOptions.builder(readme).build()));
    assertThat(Twin.result(client.async().shares().mine("")).items()).anyMatch(s -> s.shareId().equals(created.shareId()));
    Twin.result(client.async().shares().delete(List.of(created.shareId())));
    assertThat(client.shares().mine().stream()).noneMatch(s -> s.shareId().equals(created.shareId()));

    var share = Twin.result(client.async().shares().open("https://mypikpak.com/s/" + publicShare + "/" + season));
    var saved = Twin.result(share.save(SaveOptions.all()));
    assertThat(saved.taskId()).isNotEmpty();
    assertThat(client.files().resolve("/Pack From Shared/e01.mkv").size()).isEqualTo(4096);
    List<ShareEntry> viaSync = share.sync().listAll(season).stream().toList();
    assertThat(Twin.result(share.listAll(season).toList())).isEqualTo(viaSync);
  }

  @Test
  void everyFacadeResourceHasOneAsyncView() {
    assertThat(client.async()).isSameAs(client.async());
    assertThat(client.async().files()).isSameAs(client.async().files());
    assertThat(client.async().offline().sync()).isSameAs(client.offline());
    assertThat(client.async().shares().sync()).isSameAs(client.shares());
  }

  @Test
  void resolveSharesThePathCacheWithTheBlockingFiles() {
    client.files().resolve("/Documents/Nested");
    int lists = emulator.requestCount("GET", "/drive/v1/files");
    Twin.result(client.async().files().resolve("/Documents/Nested/small.bin"));
    assertThat(emulator.requestCount("GET", "/drive/v1/files") - lists)
        .as("the walk starts below the remembered folder: one listing")
        .isEqualTo(1);
    assertThat(Twin.failure(client.async().files().get("no-such-id"))).isInstanceOf(NotFoundException.class);
  }
}
