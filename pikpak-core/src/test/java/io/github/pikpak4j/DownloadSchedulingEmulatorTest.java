package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download scheduler against a far CDN (first-byte latency, per-connection caps, no keep-alive): few long ranges,
 * work stealing from a slow connection, and resume.
 */
class DownloadSchedulingEmulatorTest {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
  private static final long MIB = 1 << 20;

  private PikPakEmulator emulator;
  private PikPakClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().start();
    client = DemoClients.of(emulator);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** The file's ranged GETs at the CDN, in arrival order, as {@code [start, end)}. */
  private List<long[]> ranges() {
    return emulator.cdnRequests().stream()
        .filter(r -> r.method().equals("GET"))
        .map(r -> r.header("Range"))
        .map(r -> {
          Matcher m = RANGE.matcher(r == null ? "" : r);
          assertThat(m.matches()).as("range %s", r).isTrue();
          return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) + 1};
        })
        .toList();
  }

  private DownloadResult download(String id, Path target, int connections) {
    return client.transfers().download("id:" + id, target,
        DownloadOptions.builder().connections(connections).build());
  }

  @Test
  void atLatencyWithCappedConnectionsEachConnectionMakesAboutOneLongRequest() throws Exception {
    String id = emulator.addFile("", "far.bin", 16 * MIB, 11);
    emulator.cdnFaults().latency(Duration.ofMillis(50)).bytesPerSecond(4_000_000);
    Path target = dir.resolve("far.bin");
    DownloadResult r = download(id, target, 4);
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(id));
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(id));
    List<long[]> ranges = ranges();
    // one even range per connection first (in any arrival order); the four finish together, so a split rarely pays
    List<long[]> first = ranges.subList(0, 4).stream().sorted(Comparator.comparingLong(a -> a[0])).toList();
    for (int i = 0; i < 4; i++) {
      assertThat(first.get(i)).containsExactly(i * 4 * MIB, (i + 1) * 4 * MIB);
    }
    assertThat(ranges).hasSizeLessThanOrEqualTo(4 + 2);
  }

  @Test
  void aSlowConnectionsRangeIsMostlyTakenOverByTheFastOnes() throws Exception {
    String id = emulator.addFile("", "slow.bin", 16 * MIB, 12);
    // every connection 4 MB/s and one of the first four 16 times slower: alone it would need 16 s for its 4 MiB
    emulator.cdnFaults().latency(Duration.ofMillis(20)).bytesPerSecond(4_000_000).throttleResponses(250_000, 1);
    Path target = dir.resolve("slow.bin");
    DownloadResult r = download(id, target, 4);
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(id));
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(id));
    List<long[]> ranges = ranges();
    // a later request starts inside one of the first four ranges (or at its start: taken over whole) and takes at
    // least 70% of it
    double largestTakeover = 0;
    for (long[] first : ranges.subList(0, 4)) {
      for (long[] later : ranges.subList(4, ranges.size())) {
        if (later[0] >= first[0] && later[0] < first[1]) {
          largestTakeover = Math.max(largestTakeover, (double) (first[1] - later[0]) / (first[1] - first[0]));
        }
      }
    }
    assertThat(largestTakeover).isGreaterThanOrEqualTo(0.7);
    assertThat(ranges).hasSizeLessThanOrEqualTo(4 + 8);
  }

  @Test
  void withoutKeepAliveEveryRangeIsANewConnectionAndTheFileIsExact() throws Exception {
    String id = emulator.addFile("", "close.bin", 6 * MIB + 4321, 13);
    emulator.cdnFaults().closeAfterResponse(true).latency(Duration.ofMillis(10));
    Path target = dir.resolve("close.bin");
    DownloadResult r = download(id, target, 3);
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(id));
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(id));
    assertThat(ranges().stream().mapToLong(a -> a[0]).min()).hasValue(0);
  }

  @Test
  void aRunCutShortByTheCdnLeavesAPartialThatResumesWithoutRefetchingDoneChunks() throws Exception {
    String id = emulator.addFile("", "resume.bin", 12 * MIB, 14);
    emulator.cdnFaults().latency(Duration.ofMillis(10)).cutAfterBytes(1_500_000, Integer.MAX_VALUE);
    Path target = dir.resolve("resume.bin");
    assertThatThrownBy(() -> client.transfers().download("id:" + id, target,
        DownloadOptions.builder().connections(4).maxAttempts(1).build()))
        .isInstanceOf(CdnException.class);
    Path state = dir.resolve("resume.bin.part.json");
    Matcher doneField = Pattern.compile("\"done\":\"([^\"]*)\"").matcher(Files.readString(state));
    assertThat(doneField.find()).isTrue();
    BitSet done = BitSet.valueOf(Base64.getDecoder().decode(doneField.group(1)));
    emulator.cdnFaults().clear();
    int before = ranges().size();
    DownloadResult r = download(id, target, 4);
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(id));
    assertThat(r.hash()).isEqualTo(emulator.drive().gcid(id));
    assertThat(done.cardinality()).isPositive();
    assertThat(r.resumedBytes()).isEqualTo(done.cardinality() * MIB); // 1 MiB chunks, the default
    // the second run starts no range inside a chunk the first one completed
    for (long[] range : ranges().subList(before, ranges().size())) {
      assertThat(done.get((int) (range[0] / MIB))).as("range from %d", range[0]).isFalse();
    }
  }
}
