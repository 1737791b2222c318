package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code transfers().open(...)}: random reads and read-ahead streams against the emulator's API and CDN. */
@Timeout(60)
class RemoteFileEmulatorTest {
  private static final int SIZE = 3 * 1024 * 1024 + 777;

  private PikPakEmulator emulator;
  private PikPakClient client;
  private ConnectionBudget budget;
  private String fileId;
  private byte[] bytes;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().linkTtl(Duration.ofMinutes(2)).start();
    budget = ConnectionBudget.defaults();
    client = PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .sleeper(d -> {})
        .clock(emulator.clock())
        .connectionBudget(budget)
        .build();
    fileId = emulator.addFile(emulator.root(), "big.bin", SIZE, 7);
    bytes = emulator.fileBytes(fileId);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private static DownloadOptions opts(int connections) {
    return DownloadOptions.builder().connections(connections).chunkSize(256 * 1024).build();
  }

  private List<RecordedRequest> cdnGets() {
    return emulator.cdnRequests().stream().filter(r -> r.method().equals("GET")).toList();
  }

  private int getFileCalls() {
    return (int) emulator.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().equals("/drive/v1/files/" + fileId)).count();
  }

  @Test
  void randomReadsReturnExactlyTheRequestedRangeWithOneRangedRequestEach() {
    try (RemoteFile f = client.transfers().open("/big.bin", opts(4))) {
      assertThat(f.size()).isEqualTo(SIZE);
      byte[] buf = new byte[1000];
      assertThat(f.read(2_000_000, buf, 0, 1000)).isEqualTo(1000);
      assertThat(buf).isEqualTo(Arrays.copyOfRange(bytes, 2_000_000, 2_001_000));
      assertThat(f.read(SIZE - 10, buf, 5, 100)).isEqualTo(10);
      assertThat(Arrays.copyOfRange(buf, 5, 15)).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 10, SIZE));
      assertThat(f.read(SIZE, buf, 0, 10)).isEqualTo(-1);
      assertThatThrownBy(() -> f.read(-1, buf, 0, 10)).isInstanceOf(InvalidInputException.class);
    }
    List<RecordedRequest> gets = cdnGets();
    assertThat(gets).extracting(r -> r.header("Range"))
        .containsExactly("bytes=2000000-2000999", "bytes=" + (SIZE - 10) + "-" + (SIZE - 1));
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void aStreamOfAMiddleRangeIsByteExactAndUsesAtMostItsConnections() throws Exception {
    long from = 123_457;
    long to = SIZE - 99_999;
    emulator.resetCdnPeaks();
    try (RemoteFile f = client.transfers().open("/big.bin", opts(3)); InputStream in = f.openStream(from, to)) {
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, (int) from, (int) to));
      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(emulator.peakCdnConnectionsPerLink()).isBetween(1, 3);
    for (RecordedRequest g : cdnGets()) {
      long start = Long.parseLong(g.header("Range").replaceAll("bytes=(\\d+)-(\\d+)", "$1"));
      long end = Long.parseLong(g.header("Range").replaceAll("bytes=(\\d+)-(\\d+)", "$2"));
      assertThat(start).isGreaterThanOrEqualTo(from);
      assertThat(end).isLessThan(to);
    }
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void anExpiredLinkIsResolvedOnceBeforeTheNextReadAndReadsGoOn() throws Exception {
    try (RemoteFile f = client.transfers().open("/big.bin", opts(4))) {
      int calls = getFileCalls();
      emulator.advance(Duration.ofMinutes(3)); // the old link now fails at the CDN
      try (InputStream in = f.openStream(0, SIZE)) {
        assertThat(in.readAllBytes()).isEqualTo(bytes);
      }
      byte[] buf = new byte[10];
      assertThat(f.read(5, buf, 0, 10)).isEqualTo(10);
      assertThat(getFileCalls()).isEqualTo(calls + 1);
      assertThat(f.link().expiresAt()).isAfter(emulator.now());
    }
  }

  @Test
  void closingAStreamMidwayGivesEveryConnectionBackBeforeCloseReturns() throws Exception {
    emulator.cdnFaults().bytesPerSecond(512 * 1024);
    try (RemoteFile f = client.transfers().open("/big.bin", opts(4))) {
      InputStream in = f.openStream(0, SIZE);
      byte[] first = new byte[1000];
      assertThat(in.readNBytes(first, 0, 1000)).isEqualTo(1000);
      assertThat(first).isEqualTo(Arrays.copyOf(bytes, 1000));
      in.close();
      assertThat(budget.inUse()).isZero();
      assertThatThrownBy(in::read).isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void closingTheFileFailsLaterReads() {
    RemoteFile f = client.transfers().open("/big.bin", opts(2));
    f.close();
    assertThatThrownBy(() -> f.read(0, new byte[1], 0, 1))
        .isInstanceOf(io.github.pikpak4j.core.transfer.DownloadCancelledException.class);
    assertThatThrownBy(() -> f.openStream(0, 10))
        .isInstanceOf(io.github.pikpak4j.core.transfer.DownloadCancelledException.class);
    assertThatThrownBy(() -> client.transfers().open("/big.bin", opts(2)).openStream(5, 4))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aSharedFileStreamsThroughTheShare() throws Exception {
    String shareId = emulator.shares().create(emulator.demoUserId(), List.of(fileId), null);
    Share share = client.shares().open(shareId);
    try (RemoteFile f = client.transfers().open(share, fileId, TranscodePolicy.ORIGINAL, opts(2));
        InputStream in = f.openStream(1000, 300_000)) {
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 300_000));
    }
  }
}
