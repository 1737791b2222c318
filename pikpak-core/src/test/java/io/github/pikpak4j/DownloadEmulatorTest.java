package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.transfer.DownloadCancelledException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadProgress;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadTargetExistsException;
import io.github.pikpak4j.core.transfer.DownloadVerificationException;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links and the download engine end to end against the emulator's API and CDN. */
class DownloadEmulatorTest {
  private static final String VIDEO = "/Videos/sample-video.mp4";

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper = sleeps::add;
  private PikPakEmulator emulator;
  private PikPakClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    // Links live 2 min on the emulator's clock, so advancing it 3 min expires them without upsetting captcha skew.
    emulator = PikPakEmulator.builder().linkTtl(Duration.ofMinutes(2)).start();
    client = client(ConnectionBudget.defaults());
  }

  private PikPakClient client(ConnectionBudget budget) {
    return PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .sleeper(sleeper)
        .connectionBudget(budget)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private String videoId() {
    return emulator.drive().find(VIDEO).orElseThrow();
  }

  private static DownloadOptions.Builder opts(int connections) {
    return DownloadOptions.builder().connections(connections).chunkSize(64 * 1024);
  }

  private List<RecordedRequest> cdnGets() {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : emulator.cdnRequests()) {
      if (r.method().equals("GET")) {
        out.add(r);
      }
    }
    return out;
  }

  private int getFileCalls() {
    return (int) emulator.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().startsWith("/drive/v1/files/")).count();
  }

  @Test
  void linkPoliciesAgainstTheDemoVideoWhoseMedias0IsATranscode() {
    ResolvedLink original = client.links().resolve(VIDEO, LinkPolicy.original());
    assertThat(original.source()).isEqualTo(LinkSource.ORIGINAL);
    assertThat(original.size()).isEqualTo(3L * 1024 * 1024 + 12345);
    assertThat(original.hash()).isEqualTo(emulator.drive().gcid(videoId()));
    assertThat(original.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(1)));
    int before = emulator.requests().size();
    ResolvedLink def = client.links().resolve("id:" + videoId(), LinkPolicy.media());
    List<RecordedRequest> after = emulator.requests().subList(before, emulator.requests().size());
    RecordedRequest get = after.stream().filter(r -> r.path().equals("/drive/v1/files/" + videoId())).toList()
        .get(0);
    assertThat(get.queryParameter("usage")).isEqualTo("CACHE");
    assertThat(get.queryParameter("_magic")).isEqualTo("2021");
    assertThat(def.variant()).isEqualTo("720P");
    assertThat(def.size()).isEqualTo(-1);
    assertThat(def.hash()).isNull();
    ResolvedLink origin = client.links().resolve(VIDEO, LinkPolicy.media("origin"));
    assertThat(origin.variant()).isEqualTo("1080P");
    assertThat(origin.url()).contains("fid=" + videoId());
    assertThat(client.links().resolve("id:" + videoId(), LinkPolicy.media("1080P")).mediaId())
        .isEqualTo(origin.mediaId());
  }

  @Test
  void rangedMultiConnectionDownloadIsByteExactVerifiedAndSendsNoApiHeaderToTheCdn() throws Exception {
    Path target = dir.resolve("video.mp4");
    List<DownloadProgress> progress = new CopyOnWriteArrayList<>();
    DownloadResult r = client.transfers().download(VIDEO, target, opts(4).progress(progress::add).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(videoId()));
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(videoId()));
    assertThat(r.connections()).isEqualTo(4);
    assertThat(r.resumedBytes()).isZero();
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).bytesDone()).isEqualTo(r.bytes());
    assertThat(dir.resolve("video.mp4.part")).doesNotExist();
    assertThat(dir.resolve("video.mp4.part.json")).doesNotExist();
    List<RecordedRequest> gets = cdnGets();
    assertThat(gets.size()).isGreaterThanOrEqualTo(4); // one range per connection at least
    for (RecordedRequest g : gets) {
      assertThat(g.header("Range")).startsWith("bytes=");
      for (String h : List.of("Authorization", "X-Captcha-Token", "X-Client-Id", "X-Device-Id", "X-Client-Version",
          "Cookie")) {
        assertThat(g.header(h)).as(h).isNull();
      }
      assertThat(g.header("Accept")).isEqualTo("*/*");
      assertThat(g.header("User-Agent")).doesNotContain("ANDROID").doesNotContain("protocolversion");
    }
  }

  @Test
  void streamsATranscodeInOrderAfterLearningItsSizeFromTheCdn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DownloadResult r = client.transfers().download(VIDEO, out, opts(3).linkPolicy(LinkPolicy.media("720P")).build());
    assertThat(r.bytes()).isEqualTo(2L * 1024 * 1024 + 777);
    assertThat(out.size()).isEqualTo(2 * 1024 * 1024 + 777);
    assertThat(r.hash()).isNull();
    assertThat(cdnGets().get(0).header("Range")).isEqualTo("bytes=0-0");
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    DownloadResult o = client.transfers().download(VIDEO, original, opts(4).build());
    assertThat(original.toByteArray()).isEqualTo(emulator.fileBytes(videoId()));
    assertThat(o.hash()).isEqualTo(emulator.drive().gcid(videoId()));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 65_535, 65_536, 200_001, 1_000_000})
  void aDroppedConnectionResumesFromTheBytesReceived(long cutAt) throws Exception {
    emulator.cdnFaults().cutAfterBytes(cutAt, 1);
    Path target = dir.resolve("cut.bin");
    client.transfers().download(VIDEO, target, opts(1).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(videoId()));
    List<RecordedRequest> gets = cdnGets();
    assertThat(gets.get(1).header("Range")).startsWith("bytes=" + cutAt + "-");
    assertThat(sleeps).hasSize(1);
  }

  @Test
  @Timeout(30)
  void aStalledConnectionIsAbandonedAfterTheReadTimeoutAndResumedFromItsLastByte() throws Exception {
    // The CDN client reads with OkHttp's timeout off and the socket's SO_TIMEOUT on (CdnSockets): the base
    // client's read timeout must still end a connection that goes silent mid-body.
    emulator.cdnFaults().stallAfterBytes(300_000, 1);
    OkHttpClient base = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
    Path target = dir.resolve("stall.bin");
    try (PikPakClient c = PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .sleeper(sleeper)
        .okHttpClient(base)
        .build()) {
      c.transfers().download(VIDEO, target, opts(1).build());
    } finally {
      base.dispatcher().executorService().shutdown();
    }
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(videoId()));
    List<RecordedRequest> gets = cdnGets();
    assertThat(gets.get(0).header("Range")).startsWith("bytes=0-");
    assertThat(gets.get(1).header("Range")).startsWith("bytes=300000-");
    assertThat(sleeps).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {10_000, 700_000, 1_500_000})
  void aPartialFileLeftByAFailedRunIsResumed(long cutAt) throws Exception {
    emulator.cdnFaults().cutAfterBytes(cutAt, 1);
    Path target = dir.resolve("resume.bin");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts(1).maxAttempts(1).build()))
        .isInstanceOf(CdnException.class);
    assertThat(dir.resolve("resume.bin.part")).exists();
    assertThat(dir.resolve("resume.bin.part.json")).exists();
    assertThat(target).doesNotExist();
    int before = cdnGets().size();
    DownloadResult r = client.transfers().download(VIDEO, target, opts(2).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(videoId()));
    // chunks are rounded up to whole GCID blocks (256 KiB for this size) so workers can hash while writing
    assertThat(r.resumedBytes()).isEqualTo(cutAt / 262_144 * 262_144);
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(videoId()));
    String firstRange = cdnGets().get(before).header("Range");
    if (cutAt >= 262_144) {
      assertThat(firstRange).doesNotStartWith("bytes=0-");
    }
  }

  @Test
  void aHashMismatchFailsTypedAndKeepsThePartial() {
    emulator.cdnFaults().corruptByteAt(123_456);
    Path target = dir.resolve("bad.bin");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts(4).verifyRefetches(0).build()))
        .isInstanceOfSatisfying(DownloadVerificationException.class, e -> {
          assertThat(e.expected()).isEqualTo(emulator.drive().gcid(videoId()));
          assertThat(e.actual()).isNotEqualTo(e.expected());
          assertThat(e.partialFile()).isEqualTo(dir.resolve("bad.bin.part"));
        });
    assertThat(target).doesNotExist();
    assertThat(dir.resolve("bad.bin.part")).hasSize(3L * 1024 * 1024 + 12345);
    assertThat(dir.resolve("bad.bin.part.json")).doesNotExist(); // chunks that failed the check are never reused
  }

  @Test
  void anExistingTargetFailsBeforeAnyRequestAndIsKept() throws Exception {
    Path target = dir.resolve("exists.bin");
    Files.writeString(target, "mine");
    int apiBefore = emulator.requests().size();
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts(2).build()))
        .isInstanceOf(DownloadTargetExistsException.class).hasMessageContaining("overwrite");
    assertThat(emulator.requests()).hasSize(apiBefore);
    assertThat(Files.readString(target)).isEqualTo("mine");
    client.transfers().download(VIDEO, target, opts(2).overwrite(true).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(videoId()));
  }

  @Test
  void continueExistingTakesAShorterFileAsTheFirstBytesAndVerifiesTheWhole() throws Exception {
    byte[] content = emulator.fileBytes(videoId());
    Path target = dir.resolve("cont.bin");
    Files.write(target, java.util.Arrays.copyOf(content, 600_000)); // another program stopped here
    int before = cdnGets().size();
    DownloadResult r = client.transfers().download(VIDEO, target, opts(2).continueExisting(true).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(videoId()));
    // whole 256 KiB chunks of the prefix are kept: 2 of them, the rest is fetched
    assertThat(r.resumedBytes()).isEqualTo(2L * 262_144);
    assertThat(cdnGets().subList(before, cdnGets().size())).allSatisfy(g ->
        assertThat(g.header("Range")).doesNotStartWith("bytes=0-"));

    byte[] wrong = java.util.Arrays.copyOf(content, 600_000);
    wrong[1000] ^= 1;
    Files.write(target, wrong);
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target,
            opts(2).continueExisting(true).verifyRefetches(0).build()))
        .isInstanceOf(DownloadVerificationException.class);
    assertThat(dir.resolve("cont.bin.part")).as("a prefix that does not match is kept, not trusted").exists();
    Files.delete(dir.resolve("cont.bin.part"));
    Files.write(target, wrong);
    DownloadResult refetched = client.transfers().download(VIDEO, target, opts(2).continueExisting(true).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(refetched.verifyRefetches()).as("the bad prefix is dropped and the file fetched again").isOne();

    Path longer = dir.resolve("longer.bin");
    Files.write(longer, java.util.Arrays.copyOf(content, content.length + 1));
    assertThatThrownBy(() -> client.transfers().download(VIDEO, longer, opts(2).continueExisting(true).build()))
        .isInstanceOf(DownloadTargetExistsException.class).hasMessageContaining("longer");
    assertThat(longer).hasSize(content.length + 1L);
  }

  @Test
  void aForeignPartialIsNotDiscardedWithoutOverwrite() throws Exception {
    Path target = dir.resolve("p.bin");
    Files.writeString(dir.resolve("p.bin.part"), "someone else's bytes");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts(2).build()))
        .isInstanceOf(DownloadTargetExistsException.class);
    assertThat(Files.readString(dir.resolve("p.bin.part"))).isEqualTo("someone else's bytes");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target, opts(2).resume(false).build()))
        .isInstanceOf(DownloadTargetExistsException.class);
  }

  @Test
  void aLinkRefusedByTheCdnIsResolvedAgain() throws Exception {
    ResolvedLink link = client.links().resolve(VIDEO, LinkPolicy.original());
    emulator.advance(Duration.ofMinutes(3)); // the CDN now answers 403 to this link
    int before = getFileCalls();
    DownloadResult r = client.transfers().download(link, dir.resolve("a.bin"), opts(2).build());
    assertThat(getFileCalls()).isEqualTo(before + 1);
    assertThat(r.link().url()).isNotEqualTo(link.url());
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(emulator.fileBytes(videoId()));
  }

  @Test
  void anExpiredLinkIsResolvedAgainBeforeAnyCdnRequest() throws Exception {
    ResolvedLink fresh = client.links().resolve(VIDEO, LinkPolicy.original());
    ResolvedLink expired = new ResolvedLink(fresh.fileId(), fresh.fileName(), fresh.url(), fresh.originalUrl(),
        fresh.source(), fresh.variant(), fresh.mediaId(), fresh.size(), fresh.hash(), Instant.EPOCH, fresh.policy());
    int before = getFileCalls();
    client.transfers().download(expired, dir.resolve("b.bin"), opts(1).build());
    assertThat(getFileCalls()).isEqualTo(before + 1);
    assertThat(cdnGets()).allSatisfy(g -> assertThat(g.rawQuery()).doesNotContain(
        "expire=" + fresh.url().replaceAll(".*expire=(\\d+).*", "$1") + "&g=1&sig=" + "x"));
  }

  @Test
  void reResolutionIsBounded() {
    ResolvedLink link = client.links().resolve(VIDEO, LinkPolicy.original());
    emulator.advance(Duration.ofMinutes(3));
    assertThatThrownBy(() -> client.transfers().download(link, dir.resolve("c.bin"),
            opts(1).maxLinkRefreshes(0).build()))
        .isInstanceOfSatisfying(CdnException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
  }

  @Test
  void theConnectionBudgetIsNeverExceededAtTheCdn() throws Exception {
    client.close();
    client = client(ConnectionBudget.of(8, 12));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      files.add(emulator.addFile("", "budget-" + i + ".bin", 1536 * 1024, 77 + i));
    }
    emulator.cdnFaults().bytesPerSecond(4 * 1024 * 1024);
    emulator.resetCdnPeaks();
    List<CompletableFuture<DownloadResult>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = files.get(i % 3);
      Path target = dir.resolve("budget-" + i + ".bin");
      runs.add(CompletableFuture.supplyAsync(
          () -> client.transfers().download("id:" + id, target, opts(8).build())));
    }
    for (CompletableFuture<DownloadResult> f : runs) {
      f.join();
    }
    assertThat(emulator.peakCdnConnections()).isLessThanOrEqualTo(12).isGreaterThan(8);
    assertThat(emulator.peakCdnConnectionsPerLink()).isLessThanOrEqualTo(8);
  }

  @Test
  void aCancelledDownloadKeepsItsPartial() {
    Cancellation cancel = new Cancellation();
    cancel.cancel();
    Path target = dir.resolve("cancel.bin");
    assertThatThrownBy(() -> client.transfers().download(VIDEO, target,
            opts(2).cancellation(cancel).build()))
        .isInstanceOf(DownloadCancelledException.class);
    assertThat(dir.resolve("cancel.bin.part")).exists();
    assertThat(dir.resolve("cancel.bin.part.json")).exists();
    assertThat(target.toString().toLowerCase(Locale.ROOT)).endsWith("cancel.bin");
  }
}
