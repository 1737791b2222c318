package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.share.CreateShareOptions;
import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Non-idempotent writes after a failure that may or may not have reached the server: exactly one effect at the
 * emulator once it answers again, never zero and never two, for the blocking and the async views.
 */
class AmbiguousWritesEmulatorTest {
  private static final String UNAVAILABLE = "{\"error\":\"unavailable\",\"error_code\":14}";
  private static final String URL = "https://example.com/reconciled.bin";

  @TempDir Path dir;
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private PikPakClient client;
  private String shared;
  private String foreignShare;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).pageSizeCap(2).start();
    drive = emulator.drive();
    shared = drive.addFile("", "shared.bin", 100, 1);
    drive.addFolder("", "Other 1");
    drive.addFolder("", "Other 2");
    String owner = emulator.addAccount("owner@pikpak4j.dev", "owner-password");
    EmulatedDrive theirs = emulator.drive(owner);
    String album = theirs.addFolder("", "Album");
    theirs.addFile(album, "track.bin", 300, 4);
    foreignShare = emulator.shares().create(owner, List.of(album, theirs.addFile("", "gift.bin", 200, 5)), null);
    client =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .rateLimit(RateLimit.unlimited())
            .sleeper(emulator::advance)
            .build();
    client.login();
    emulator.reset();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** A fault in front of one kind of write, and whether the server applies the write before failing. */
  enum Fault {
    APPLY_THEN_503(true, (f, w) -> f.faults().applyThenRespond(w.call(), 1, 503, UNAVAILABLE)),
    APPLY_THEN_RESET(true, (f, w) -> f.faults().applyThenDrop(w.call(), 1)),
    NOT_APPLIED_503(false, (f, w) -> f.faults().respond(w.call(), 1, 503, UNAVAILABLE)),
    NOT_APPLIED_RESET(false, (f, w) -> f.faults().drop(w.call(), 1));

    final boolean applied;
    final BiConsumer<PikPakEmulator, Write> arm;

    Fault(boolean applied, BiConsumer<PikPakEmulator, Write> arm) {
      this.applied = applied;
      this.arm = arm;
    }

    void arm(PikPakEmulator emulator, Write write) {
      arm.accept(emulator, write);
      emulator.faults().whenBodyContains(write.bodyFragment());
    }
  }

  /** One non-idempotent write: its request, how to run it, and how many of its effects the emulator holds. */
  record Write(
      String name,
      String call,
      String bodyFragment,
      Function<AmbiguousWritesEmulatorTest, Object> run,
      ToIntFunction<AmbiguousWritesEmulatorTest> effects) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Write> writes() {
    return Stream.of(
        new Write("files.createFolder", "POST /drive/v1/files", "drive#folder",
            t -> t.client.files().createFolder("", "New"), t -> t.named("New")),
        new Write("async files.createFolder", "POST /drive/v1/files", "drive#folder",
            t -> join(t.client.async().files().createFolder("", "New")), t -> t.named("New")),
        new Write("files.mkdirs", "POST /drive/v1/files", "drive#folder",
            t -> t.client.files().mkdirs("/New"), t -> t.named("New")),
        new Write("offline.add", "POST /drive/v1/files", "UPLOAD_TYPE_URL",
            t -> t.client.offline().add(URL, AddOptions.defaults()), t -> t.tasks()),
        new Write("async offline.add", "POST /drive/v1/files", "UPLOAD_TYPE_URL",
            t -> join(t.client.async().offline().add(URL, AddOptions.defaults())), t -> t.tasks()),
        new Write("shares.create", "POST /drive/v1/share", "file_ids",
            t -> t.client.shares().create(CreateShareOptions.builder(t.shared).build()), t -> t.shares()),
        new Write("async shares.create", "POST /drive/v1/share", "file_ids",
            t -> join(t.client.async().shares().create(CreateShareOptions.builder(t.shared).build())),
            t -> t.shares()),
        new Write("share.save", "POST /drive/v1/share/restore", "share_id",
            t -> t.client.shares().open(t.foreignShare).save(SaveOptions.all()), t -> t.saved()),
        new Write("async share.save", "POST /drive/v1/share/restore", "share_id",
            t -> join(t.client.async().shares().open(t.foreignShare).thenCompose(s -> s.save(SaveOptions.all()))),
            t -> t.saved()),
        new Write("resources.createFromGcid", "POST /drive/v1/files", "instant.bin",
            t -> t.client.resources().createFromGcid("", "instant.bin", 100, t.drive.gcid(t.shared)),
            t -> t.named("instant.bin")),
        new Write("async resources.createFromGcid", "POST /drive/v1/files", "instant.bin",
            t -> join(t.client.async().resources().createFromGcid("", "instant.bin", 100, t.drive.gcid(t.shared))),
            t -> t.named("instant.bin")),
        new Write("uploads.upload", "POST /drive/v1/files", "UPLOAD_TYPE_RESUMABLE",
            t -> t.client.uploads().upload(t.localFile(), ""), t -> t.named("up.bin")));
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    writes().forEach(w -> Stream.of(Fault.values()).forEach(f -> out.add(Arguments.of(w, f))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} after {1}")
  @MethodSource("cases")
  void exactlyOneEffectOnceTheServerAnswersAgain(Write write, Fault fault) {
    fault.arm(emulator, write);

    Object result = write.run().apply(this);

    assertThat(result).isNotNull();
    assertThat(write.effects().applyAsInt(this)).as("effects at the emulator").isEqualTo(1);
    // An applied create is found by the look-up and not sent again; one that was not applied is sent once more.
    // An applied upload create left an entry without its credentials: it is removed and the create sent again.
    boolean uploadApplied = fault.applied && write.bodyFragment().equals("UPLOAD_TYPE_RESUMABLE");
    assertThat(sends(write)).isEqualTo(fault.applied && !uploadApplied ? 1 : 2);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void whenTheSecondSendFailsTooAndNothingIsFoundTheWriteFailsAfterTwoSends() {
    emulator.faults().respond("POST /drive/v1/files", 2, 503, UNAVAILABLE);

    Throwable t = catchThrowable(() -> client.files().createFolder("", "New"));

    assertThat(t).isInstanceOf(ServerException.class);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(2);
    assertThat(named("New")).isZero();
  }

  @Test
  void whenTheLookUpFailsNothingMoreIsSent() {
    emulator.faults().respond("POST /drive/v1/files", 1, 503, UNAVAILABLE);
    emulator.faults().respond("GET /drive/v1/files", 100, 503, UNAVAILABLE);

    Throwable t = catchThrowable(() -> client.files().createFolder("", "New"));

    assertThat(t).isInstanceOf(ServerException.class);
    assertThat(t.getSuppressed()).singleElement().isInstanceOf(ServerException.class);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(1);
  }

  @Test
  void aFailedUploadLeavesNoEntry() throws IOException {
    Path local = localFile();
    emulator.ossFaults().failSimplePut(100, 403);

    Throwable t = catchThrowable(() -> client.uploads().upload(local, ""));

    assertThat(t).isNotNull();
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(1);
    assertThat(named("up.bin")).as("the created entry is removed").isZero();
    assertThat(emulator.requestCount("POST", "/drive/v1/files:batchDelete")).isEqualTo(1);
  }

  @Test
  void anUploadAskedToReplaceUnfinishedEntriesRemovesAHalfMadeOneAndKeepsTheName() throws IOException {
    Path local = localFile();
    emulator.ossFaults().failSimplePut(100, 403);
    io.github.pikpak4j.core.transfer.upload.UploadOptions keep =
        io.github.pikpak4j.core.transfer.upload.UploadOptions.builder().sessionFile(dir.resolve("s.json")).build();
    catchThrowable(() -> client.uploads().upload(local, "", keep)); // resumable: its entry stays
    assertThat(named("up.bin")).isEqualTo(1);
    emulator.ossFaults().clear();

    var r = client.uploads().upload(local, "", keep.toBuilder().replaceUnfinished(true).build());

    assertThat(r.file().name()).isEqualTo("up.bin");
    assertThat(named("up.bin")).isEqualTo(1);
    assertThat(drive.children(drive.root()).stream().map(drive::name)).doesNotContain("up(1).bin");
  }

  private int sends(Write write) {
    String[] parts = write.call().split(" ", 2);
    return (int)
        emulator.requests().stream()
            .filter(r -> r.method().equals(parts[0]) && r.path().equals(parts[1]))
            .filter(r -> r.body().contains(write.bodyFragment()))
            .count();
  }

  private int named(String name) {
    return (int) drive.children(drive.root()).stream().map(drive::name).filter(name::equals).count();
  }

  /** How many copies of the share's items are in "Pack From Shared" (0 when the folder does not exist). */
  private int saved() {
    return drive.find("/Pack From Shared")
        .map(pack -> (int) drive.children(pack).stream().map(drive::name)
            .filter(n -> n.startsWith("gift") || n.startsWith("Album")).count() / 2)
        .orElse(0);
  }

  private int tasks() {
    return emulator.offline().taskIds(emulator.demoUserId()).size();
  }

  private int shares() {
    return emulator.shares().of(emulator.demoUserId()).size();
  }

  private Path localFile() {
    byte[] b = new byte[300_000];
    new Random(7).nextBytes(b);
    try {
      return Files.write(dir.resolve("up.bin"), b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(Futures.unwrap(e));
    }
  }
}
