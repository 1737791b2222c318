package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadTargetBusyException;
import io.github.pikpak4j.core.transfer.DownloadVerificationException;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed check is not sticky, a target has one writer, a hostile CDN number is a typed error (issue 11, 3-6). */
class DownloadSafetyTest {
  private static final String VIDEO = "/Videos/sample-video.mp4";

  @StartStop final MockWebServer cdn = new MockWebServer();
  @TempDir Path dir;

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
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
            .sleeper(sleeps::add)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private byte[] video() {
    return emulator.fileBytes(emulator.drive().find(VIDEO).orElseThrow());
  }

  private long cdnGets() {
    return emulator.cdnRequests().stream().filter(r -> r.method().equals("GET")).count();
  }

  private static DownloadOptions.Builder opts() {
    return DownloadOptions.builder().connections(2).chunkSize(256 * 1024);
  }

  @Test
  void aFailedCheckDropsTheStateSoTheNextRunFetchesAgain() throws Exception {
    emulator.cdnFaults().corruptByteAt(1000);
    Path target = dir.resolve("v.mp4");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts().build()))
        .isInstanceOf(DownloadVerificationException.class);
    assertThat(dir.resolve("v.mp4.part.json")).doesNotExist();
    emulator.cdnFaults().clear();
    long before = cdnGets();
    DownloadResult r = client.transfers().download(VIDEO, target, opts().overwrite(true).build());
    assertThat(cdnGets()).isGreaterThan(before);
    assertThat(r.resumedBytes()).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(video());
  }

  @Test
  void aFailedCheckIsFetchedOnceMoreFromScratchByDefaultAndReported() throws Exception {
    emulator.cdnFaults().corruptByteAt(1000);
    AtomicBoolean cleared = new AtomicBoolean();
    long size = video().length;
    DownloadOptions o =
        opts()
            .progress(
                p -> {
                  if (p.bytesDone() == size && cleared.compareAndSet(false, true)) {
                    emulator.cdnFaults().clear(); // the first fetch is complete (and bad); the next one is good
                  }
                })
            .build();
    Path target = dir.resolve("v.mp4");
    DownloadResult r = client.transfers().download(VIDEO, target, o);
    assertThat(r.verifyRefetches()).isEqualTo(1);
    assertThat(r.hash()).isNotNull();
    assertThat(Files.readAllBytes(target)).isEqualTo(video());
    assertThat(dir.resolve("v.mp4.part.json")).doesNotExist();
  }

  @Test
  void refetchesAreBounded() {
    emulator.cdnFaults().corruptByteAt(1000);
    assertThatThrownBy(() -> client.transfers().download(VIDEO, dir.resolve("v.mp4"), opts().verifyRefetches(2).build()))
        .isInstanceOf(DownloadVerificationException.class);
    // three whole fetches of the file, each starting at byte 0: the first and two refetches, no more
    long fromStart =
        emulator.cdnRequests().stream()
            .filter(r -> r.method().equals("GET") && String.valueOf(r.header("Range")).startsWith("bytes=0-"))
            .count();
    assertThat(fromStart).isEqualTo(3);
    assertThat(dir.resolve("v.mp4.part")).hasSize(video().length);
    assertThatThrownBy(() -> DownloadOptions.builder().verifyRefetches(4).build())
        .hasMessageContaining("verifyRefetches");
  }

  @Test
  void aTargetHeldByAnotherDownloadFailsAtOnceAndNothingIsTouched() throws Exception {
    Path target = dir.resolve("held.mp4");
    try (FileChannel ch =
            FileChannel.open(dir.resolve("held.mp4.part.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      long before = cdnGets();
      assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts().build()))
          .isInstanceOfSatisfying(DownloadTargetBusyException.class, e -> assertThat(e.target()).isEqualTo(target))
          .hasMessageContaining(target.toString());
      assertThat(cdnGets()).isEqualTo(before);
      assertThat(held.isValid()).isTrue();
    }
    assertThat(dir.resolve("held.mp4.part")).doesNotExist();
    assertThat(dir.resolve("held.mp4.part.json")).doesNotExist();
  }

  @Test
  void twoDownloadsOfOneTargetOneWinsTheLoserLeavesNothingStale() throws Exception {
    Path target = dir.resolve("both.mp4");
    AtomicReference<CompletableFuture<Throwable>> second = new AtomicReference<>();
    DownloadOptions first =
        opts()
            .progress(
                p -> {
                  if (p.bytesDone() > 0 && second.get() == null) {
                    CompletableFuture<Throwable> loser = new CompletableFuture<>();
                    second.set(loser);
                    try {
                      client.transfers().download(VIDEO, target, opts().overwrite(true).build());
                      loser.complete(null);
                    } catch (RuntimeException e) {
                      loser.complete(e);
                    }
                  }
                })
            .build();
    client.transfers().download(VIDEO, target, first);
    assertThat(second.get().join()).isInstanceOf(DownloadTargetBusyException.class);
    assertThat(Files.readAllBytes(target)).isEqualTo(video());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("both.mp4");
    }
  }

  @Test
  void aContentRangeTotalThatOverflowsIsATypedError() {
    cdn.enqueue(
        new MockResponse.Builder()
            .code(206)
            .addHeader("Content-Range", "bytes 0-9/99999999999999999999")
            .body("0123456789")
            .build());
    String url = cdn.url("/f.bin").toString();
    ResolvedLink link =
        new ResolvedLink("f", "f.bin", url, url, LinkSource.ORIGINAL, "original", null, 10, null, null,
            LinkPolicy.original());
    assertThatThrownBy(
            () -> client.transfers().download(link, dir.resolve("f.bin"), opts().connections(1).build()))
        .isInstanceOf(CdnException.class)
        .hasMessageContaining("99999999999999999999");
    assertThat(dir.resolve("f.bin")).doesNotExist();
  }
}
