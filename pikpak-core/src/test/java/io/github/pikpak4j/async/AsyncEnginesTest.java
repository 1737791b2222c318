package io.github.pikpak4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Async downloads, uploads and links: results, failures as the blocking engines throw, and their own threads. */
class AsyncEnginesTest {
  private static final String FILE = "/Documents/Nested/small.bin";

  @TempDir Path dir;
  private PikPakEmulator emulator;
  private PikPakClient client;

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
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void downloadsEveryWayOnTheViewsOwnThreads() {
    AtomicReference<String> thread = new AtomicReference<>();
    DownloadResult toFile =
        Twin.result(
            client.async().transfers().download(FILE, dir.resolve("a.bin"))
                .whenComplete((v, t) -> thread.compareAndSet(null, Thread.currentThread().getName())));
    assertThat(toFile.bytes()).isEqualTo(300 * 1024);
    assertThat(thread.get()).startsWith("pikpak4j-async-transfer-");
    assertThat(Twin.result(client.async().transfers().download(FILE, dir.resolve("b.bin"), DownloadOptions.defaults()))
        .bytes()).isEqualTo(300 * 1024);
    ResolvedLink link = Twin.result(client.async().links().resolve(FILE, LinkPolicy.original()));
    assertThat(link.size()).isEqualTo(300 * 1024);
    assertThat(Twin.result(client.async().transfers().download(link, dir.resolve("c.bin"), DownloadOptions.defaults()))
        .bytes()).isEqualTo(300 * 1024);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Twin.result(client.async().transfers().download(FILE, out, DownloadOptions.defaults()));
    assertThat(out.size()).isEqualTo(300 * 1024);
    assertThat(Twin.result(client.async().links().resolveId(link.fileId(), LinkPolicy.original())).fileId())
        .isEqualTo(link.fileId());
    assertThat(Twin.result(client.async().links().refresh(link)).fileId()).isEqualTo(link.fileId());
  }

  @Test
  void downloadsASharedFileAndFailsAsTheBlockingEngine() {
    String readme = client.files().resolve("/README.txt").id();
    String shareId = Twin.result(client.async().shares().create(
        io.github.pikpak4j.share.CreateShareOptions.builder(readme).build())).shareId();
    io.github.pikpak4j.share.Share share = client.shares().open(shareId);
    DownloadResult r = Twin.result(client.async().transfers().download(
        share, readme, io.github.pikpak4j.share.TranscodePolicy.ORIGINAL, dir.resolve("r.txt"),
        DownloadOptions.defaults()));
    assertThat(r.bytes()).isEqualTo(client.files().get(readme).size());
    Twin.of("transfers.download(share, ...)",
            c -> c.transfers().download(share, "no-such-file", io.github.pikpak4j.share.TranscodePolicy.ORIGINAL,
                dir.resolve("x"), DownloadOptions.defaults()),
            c -> c.async().transfers().download(share, "no-such-file",
                io.github.pikpak4j.share.TranscodePolicy.ORIGINAL, dir.resolve("x"), DownloadOptions.defaults()),
            e -> { })
        .assertSameFailure(emulator, client);
  }

  @Test
  void uploadsAndResumes() throws Exception {
    Path local = Files.write(dir.resolve("up.txt"), "hello async upload".getBytes());
    UploadResult r = Twin.result(client.async().uploads().upload(local, ""));
    assertThat(r.file().name()).isEqualTo("up.txt");
    UploadResult again = Twin.result(client.async().uploads().upload(local, "", UploadOptions.defaults()));
    assertThat(again.file().size()).isEqualTo(r.file().size());
  }

  static Stream<Twin> failures() {
    return Stream.of(
        twin("transfers.download(path, file)", c -> c.transfers().download("/missing", Path.of("x")),
            c -> c.async().transfers().download("/missing", Path.of("x"))),
        twin("transfers.download(path, file, options)",
            c -> c.transfers().download("/missing", Path.of("x"), DownloadOptions.defaults()),
            c -> c.async().transfers().download("/missing", Path.of("x"), DownloadOptions.defaults())),
        twin("transfers.download(path, stream, options)",
            c -> c.transfers().download("/missing", new ByteArrayOutputStream(), DownloadOptions.defaults()),
            c -> c.async().transfers().download("/missing", new ByteArrayOutputStream(), DownloadOptions.defaults())),
        twin("links.resolve", c -> c.links().resolve("/missing", LinkPolicy.original()),
            c -> c.async().links().resolve("/missing", LinkPolicy.original())),
        twin("links.resolveId", c -> c.links().resolveId("no-such-id", LinkPolicy.original()),
            c -> c.async().links().resolveId("no-such-id", LinkPolicy.original())),
        twin("uploads.upload(file, parent)", c -> c.uploads().upload(Path.of("/no/such/file"), ""),
            c -> c.async().uploads().upload(Path.of("/no/such/file"), "")),
        twin("uploads.upload(file, parent, options)",
            c -> c.uploads().upload(Path.of("/no/such/file"), "", UploadOptions.defaults()),
            c -> c.async().uploads().upload(Path.of("/no/such/file"), "", UploadOptions.defaults())));
  }

  private static Twin twin(
      String name, Function<PikPakClient, Object> sync, Function<PikPakClient, CompletableFuture<?>> async) {
    return Twin.of(name, sync, async, e -> { });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failsAsTheBlockingEngine(Twin twin) {
    twin.assertSameFailure(emulator, client);
  }

  @Test
  void closingTheClientFailsLaterTransfers() {
    client.close();
    Throwable t = catchThrowable(() -> Twin.result(client.async().transfers().download(FILE, dir.resolve("z"))));
    assertThat(t).isNotNull();
  }
}
