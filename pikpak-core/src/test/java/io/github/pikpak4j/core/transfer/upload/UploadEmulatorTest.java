package io.github.pikpak4j.core.transfer.upload;

import io.github.pikpak4j.core.transfer.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads against the emulator: create call, instant upload, OSS single and multipart, resume. */
class UploadEmulatorTest {
  private static final long MIB = 1 << 20;

  @TempDir Path dir;
  private PikPakEmulator emulator;
  private PikPakClient client;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper = sleeps::add;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
    client = newClient();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private PikPakClient newClient() {
    return PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .sleeper(sleeper)
        .build();
  }

  private Path localFile(String name, long size, long seed) throws IOException {
    byte[] b = new byte[(int) size];
    new Random(seed).nextBytes(b);
    return Files.write(dir.resolve(name), b);
  }

  private static UploadOptions.Builder multipart() {
    return UploadOptions.builder().simpleUploadThreshold(MIB).partSize(MIB);
  }

  private List<RecordedRequest> partPuts() {
    return emulator.ossRequests().stream()
        .filter(r -> r.method().equals("PUT") && r.queryParameter("partNumber") != null)
        .toList();
  }

  private long putsOfPart(int n) {
    return partPuts().stream().filter(r -> r.queryParameter("partNumber").equals(Integer.toString(n))).count();
  }

  @Test
  void instantUploadSendsNoByte() throws IOException {
    String known = emulator.addFile("", "known.bin", 3 * MIB + 17, 99);
    Path local = Files.write(dir.resolve("copy.bin"), emulator.fileBytes(known));

    UploadResult r = client.uploads().upload(local, "");

    assertThat(r.instant()).isTrue();
    assertThat(r.bytesSent()).isZero();
    assertThat(r.file().name()).isEqualTo("copy.bin");
    assertThat(r.file().hash()).isEqualTo(emulator.drive().gcid(known));
    assertThat(emulator.ossRequests()).isEmpty();
    assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
    RecordedRequest create = emulator.requests().stream()
        .filter(q -> q.methodAndPath().equals("POST /drive/v1/files")).findFirst().orElseThrow();
    assertThat(create.body()).contains("\"upload_type\":\"UPLOAD_TYPE_RESUMABLE\"", "\"objProvider\"",
        "\"size\":" + (3 * MIB + 17), "\"hash\":\"" + emulator.drive().gcid(known) + "\"");
  }

  @Test
  void theTargetFolderMayBeADrivePathOrAnIdReferenceAsForDownloads() throws IOException {
    Path local = localFile("by-path.bin", 1000, 5);
    String docs = emulator.drive().find("/Documents").orElseThrow();

    UploadResult byPath = client.uploads().upload(local, "/Documents");
    UploadResult byRef = client.async().uploads().upload(local, "id:" + docs, UploadOptions.builder().name("ref.bin")
        .build()).join();

    assertThat(emulator.drive().find("/Documents/by-path.bin")).contains(byPath.file().id());
    assertThat(emulator.drive().find("/Documents/ref.bin")).contains(byRef.file().id());
    int creates = emulator.requestCount("POST", "/drive/v1/files");
    assertThatThrownBy(() -> client.uploads().upload(local, "/README.txt"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not a folder");
    assertThatThrownBy(() -> client.uploads().upload(local, "/Nowhere")).isInstanceOf(NotFoundException.class);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(creates);
  }

  @Test
  void smallFileArrivesByteExactInOneSignedPut() throws IOException {
    Path local = localFile("small.bin", 300_000, 1);

    UploadResult r = client.uploads().upload(local, "");

    assertThat(r.instant()).isFalse();
    assertThat(r.partsSent()).isEqualTo(1);
    assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
    assertThat(emulator.ossRequests()).hasSize(1);
    RecordedRequest put = emulator.ossRequests().get(0);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.rawQuery()).isEmpty();
    assertThat(put.header("Authorization")).startsWith("OSS STS.");
    assertThat(put.header("x-oss-security-token")).isNotBlank();
    assertThat(put.header("User-Agent")).startsWith("aliyun-sdk-android/");
    assertThat(put.header("X-Captcha-Token")).isNull();
    assertThat(emulator.uploadGcidMismatches()).isZero();
  }

  @Test
  void largeFileArrivesByteExactInParts() throws IOException {
    Path local = localFile("large.bin", 5 * MIB + 12_345, 2);
    List<UploadProgress> progress = new CopyOnWriteArrayList<>();

    UploadResult r = client.uploads().upload(local, "", multipart().concurrency(4).progress(progress::add).build());

    assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
    assertThat(partPuts()).hasSize(6);
    for (int n = 1; n <= 6; n++) {
      assertThat(putsOfPart(n)).as("part %d", n).isEqualTo(1);
    }
    assertThat(emulator.ossRequests().stream().filter(q -> q.rawQuery().equals("uploads"))).hasSize(1);
    assertThat(emulator.ossRequests().stream().filter(q -> q.method().equals("POST") && q.queryParameter("uploadId") != null))
        .hasSize(1);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(
        new UploadProgress(UploadProgress.Phase.DONE, Files.size(local), Files.size(local)));
    assertThat(client.files().resolve("/large.bin").size()).isEqualTo(Files.size(local));
  }

  @Test
  void aFailedPartIsRetriedAlone() throws IOException {
    Path local = localFile("retry.bin", 4 * MIB, 3);
    emulator.ossFaults().failPart(3, 1, 500);

    UploadResult r = client.uploads().upload(local, "", multipart().build());

    assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
    assertThat(putsOfPart(3)).isEqualTo(2);
    assertThat(putsOfPart(1)).isEqualTo(1);
    assertThat(putsOfPart(2)).isEqualTo(1);
    assertThat(putsOfPart(4)).isEqualTo(1);
    assertThat(emulator.ossRequests().stream().filter(q -> q.rawQuery().equals("uploads"))).hasSize(1);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(1);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void aCrashedUploadContinuesFromItsSavedSessionWithoutResendingFinishedParts() throws IOException {
    Path local = localFile("crash.bin", 6 * MIB + 5, 4);
    Path sessionFile = dir.resolve("crash.upload.json");
    emulator.ossFaults().failPartsFrom(4, 503);

    UploadException e = catchThrowableOfType(
        () -> client.uploads().upload(local, "", multipart().concurrency(1).sessionFile(sessionFile).build()),
        UploadException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("503");
    assertThat(e.session()).isPresent();
    assertThat(sessionFile).exists();
    assertThat(Files.readString(sessionFile)).doesNotContain("Bearer");
    assertThat(emulator.drive().find("/crash.bin")).isPresent();
    assertThat(client.files().listAll("").stream().map(f -> f.name())).doesNotContain("crash.bin");

    emulator.ossFaults().clear();
    emulator.reset();
    try (PikPakClient another = newClient()) { // as another process would
      UploadSession saved = UploadSession.load(sessionFile);
      assertThat(saved.parts()).extracting(UploadSession.Part::number).containsExactly(1, 2, 3);
      UploadResult r = another.uploads().resume(saved, UploadOptions.builder().sessionFile(sessionFile).build());

      assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
      assertThat(r.file().name()).isEqualTo("crash.bin");
    }
    assertThat(emulator.ossRequests().stream().filter(q -> q.method().equals("GET"))).hasSize(1); // ListParts
    assertThat(partPuts()).extracting(q -> q.queryParameter("partNumber")).containsExactlyInAnyOrder("4", "5", "6", "7");
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isZero();
    assertThat(sessionFile).doesNotExist();
  }

  @Test
  void theCreateCallIsSentAgainOnlyAfterTheLookUpFoundNothing() throws IOException {
    Path local = localFile("once.bin", 1000, 5);
    emulator.faults().respond("POST /drive/v1/files", 2, 503, "{}");

    assertThatThrownBy(() -> client.uploads().upload(local, "")).isInstanceOf(PikPakException.class);

    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(2);
    assertThat(emulator.requestCount("GET", "/drive/v1/files")).as("a look-up before the second send").isPositive();
    assertThat(emulator.ossRequests()).isEmpty();
  }

  @Test
  void anExistingNameFollowsTheServerAndIsReported() throws IOException {
    Path first = localFile("same.bin", 2000, 6);
    client.uploads().upload(first, "");
    Files.write(first, new byte[] {1, 2, 3});

    UploadResult r = client.uploads().upload(first, "");

    assertThat(r.renamed()).isTrue();
    assertThat(r.file().name()).isEqualTo("same(1).bin");
    assertThat(r.requestedName()).isEqualTo("same.bin");
  }

  @Test
  void aWrongGcidIsRefusedNeverStoredSilently() throws IOException {
    Path local = localFile("wrong.bin", 5000, 7);

    UploadException e = catchThrowableOfType(
        () -> client.uploads().upload(local, "", UploadOptions.builder().gcid("0".repeat(40)).build()),
        UploadException.class);

    assertThat(e.getMessage()).contains("GcidMismatch");
    assertThat(emulator.uploadGcidMismatches()).isEqualTo(1);
    assertThat(client.files().listAll("").stream().map(f -> f.name())).doesNotContain("wrong.bin");
  }

  @Test
  void badInputFailsWithTypedErrorsBeforeTheCreateCall() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path file = localFile("ok.bin", 10, 8);

    assertThatThrownBy(() -> client.uploads().upload(dir.resolve("missing.bin"), ""))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> client.uploads().upload(folder, ""))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> client.uploads().upload(file, "VNnoSuchFolder00000000000"))
        .isInstanceOf(NotFoundException.class);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isZero();
  }

  @Test
  void aFileThatChangesSizeWhileItIsSentIsAbandoned() throws IOException {
    Path local = localFile("grows.bin", 3 * MIB, 9);
    UploadOptions o = multipart().concurrency(1).progress(p -> {
      if (p.phase() == UploadProgress.Phase.TRANSFERRING && p.bytesDone() == 0) {
        try {
          Files.write(local, new byte[10], StandardOpenOption.APPEND);
        } catch (IOException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }).build();

    assertThatThrownBy(() -> client.uploads().upload(local, "", o)).isInstanceOf(SourceChangedException.class)
        .hasMessageContaining("changed size");
    assertThat(emulator.ossRequests().stream().filter(q -> q.method().equals("POST") && q.queryParameter("uploadId") != null))
        .isEmpty();
  }

  @Test
  void aCancelledUploadCanBeResumed() throws IOException {
    Path local = localFile("cancel.bin", 4 * MIB, 10);
    Cancellation token = new Cancellation();
    UploadOptions o = multipart().concurrency(1).cancellation(token)
        .progress(p -> {
          if (p.bytesDone() >= 2 * MIB) {
            token.cancel();
          }
        }).build();

    UploadCancelledException e = catchThrowableOfType(() -> client.uploads().upload(local, "", o),
        UploadCancelledException.class);

    assertThat(e.session()).isPresent();
    UploadResult r = client.uploads().resume(e.session().get(), UploadOptions.defaults());
    assertThat(emulator.fileBytes(r.file().id())).isEqualTo(Files.readAllBytes(local));
  }
}
