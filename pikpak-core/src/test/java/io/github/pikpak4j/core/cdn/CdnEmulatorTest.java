package io.github.pikpak4j.core.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.PikPakClientBuilder;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.testkit.CdnNode;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy wired into the client, against emulated CDN nodes (real HTTP; assertions on choices, not times). */
class CdnEmulatorTest {
  private static final String FILE = "/Documents/Nested/small.bin";

  private PikPakEmulator emu;
  private PikPakClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    // The link's own host (the main CDN) is slower than the serving sibling, so a right choice is a rewrite.
    emu = PikPakEmulator.builder().cdnLatency(Duration.ofMillis(300)).start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    emu.close();
  }

  private PikPakClientBuilder builder() {
    return PikPakClient.builder()
        .userEndpoint(emu.userBaseUrl())
        .driveEndpoint(emu.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession();
  }

  @Test
  void autoMovesTheLinkToTheServingNodeNeverToTheWrongFamilyOrADeadNode() throws Exception {
    CdnNode wrong = emu.addCdnNode(CdnNode.Mode.WRONG_FAMILY, Duration.ZERO);
    CdnNode dead = emu.addCdnNode(CdnNode.Mode.DEAD, Duration.ZERO);
    CdnNode good = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    client = builder().cdn("auto").cdnCandidates(wrong.host() + "," + dead.host() + "," + good.host()).build();

    ResolvedLink link = client.links().resolve(FILE, LinkPolicy.original());
    assertThat(link.host() + ":" + java.net.URI.create(link.url()).getPort()).isEqualTo(good.host());
    // Path and signed query untouched.
    assertThat(link.url().substring(link.url().indexOf("/download/")))
        .isEqualTo(link.originalUrl().substring(link.originalUrl().indexOf("/download/")));

    DownloadResult r = client.transfers().download(FILE, dir.resolve("small.bin"), DownloadOptions.defaults());
    assertThat(Files.size(dir.resolve("small.bin"))).isEqualTo(r.bytes());
    assertThat(good.requests().size()).isGreaterThan(1); // the bytes came from the chosen node

    // probe() waits for every candidate, so by now each node has seen its probes (the first-wins choice above
    // returned before the slower ones arrived).
    CdnProbeReport report = client.cdn().probe(link);
    for (CdnNode n : List.of(wrong, dead)) {
      assertThat(n.requests()).isNotEmpty().allSatisfy(probe -> {
        assertThat(probe.header("Range")).isEqualTo("bytes=0-0"); // only 1-byte probes, never a download
        assertThat(probe.header("Authorization")).isNull();
        assertThat(probe.path()).startsWith("/download/");
      });
    }
    RecordedRequest first = good.requests().get(0);
    assertThat(first.header("Range")).isEqualTo("bytes=0-0");
    assertThat(first.header("Authorization")).isNull();
    Map<String, CdnProbeResult> byHost =
        report.candidates().stream().collect(java.util.stream.Collectors.toMap(CdnProbeResult::host, c -> c));
    assertThat(report.chosen()).isEqualTo(good.host());
    assertThat(byHost.get(wrong.host()).error()).isEqualTo("HTTP 404");
    assertThat(byHost.get(dead.host()).ok()).isFalse();
    assertThat(byHost.get(good.host()).ok()).isTrue();
  }

  @Test
  void aHostThatFailsDuringADownloadIsDemotedAndTheDownloadFinishesElsewhere() throws Exception {
    CdnNode good = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    client = builder().cdn(CdnPolicy.host(good.host())).build();
    ResolvedLink link = client.links().resolve(FILE, LinkPolicy.original());
    assertThat(link.url()).isNotEqualTo(link.originalUrl()); // verified and chosen

    // the chosen node now cuts every body after 10 KiB: it fails mid-download
    good.faults().cutAfterBytes(10 * 1024, 1000);
    Path target = dir.resolve("small.bin");
    DownloadResult r =
        client.transfers().download(link, target, DownloadOptions.builder().connections(1).build());

    assertThat(Files.size(target)).isEqualTo(r.bytes()).isEqualTo(link.size());
    assertThat(emu.cdnRequests()).as("the rest came from PikPak's own link").isNotEmpty();
    assertThat(good.requests().stream().filter(q -> !"bytes=0-0".equals(q.header("Range"))).count())
        .as("the failing host got one download request, then was demoted")
        .isEqualTo(1);
    ResolvedLink again = client.links().resolve(FILE, LinkPolicy.original());
    assertThat(again.url()).as("still demoted (for the cache TTL)").isEqualTo(again.originalUrl());
  }

  @Test
  void aHostThatRunsFarSlowerDuringADownloadIsDemotedAndTheDownloadFinishesElsewhere() throws Exception {
    CdnNode node = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    String id = emu.addFile(emu.root(), "slow.bin", 6L << 20, 77);
    client = builder().cdn(CdnPolicy.host(node.host())).build();
    ResolvedLink link = client.links().resolve("id:" + id, LinkPolicy.original());
    assertThat(link.url()).isNotEqualTo(link.originalUrl());

    node.faults().bytesPerSecond(2_000_000); // 2 MB/s while the download starts
    java.util.concurrent.atomic.AtomicBoolean slowed = new java.util.concurrent.atomic.AtomicBoolean();
    DownloadOptions options =
        DownloadOptions.builder()
            .connections(1)
            .progress(p -> {
              if (p.bytesDone() > (5L << 19) && slowed.compareAndSet(false, true)) {
                node.faults().bytesPerSecond(100_000); // then 20x slower, mid-response
              }
            })
            .build();
    DownloadResult r = client.transfers().download(link, dir.resolve("slow.bin"), options);

    assertThat(r.bytes()).isEqualTo(6L << 20);
    assertThat(r.hash()).isEqualTo(emu.drive().gcid(id));
    assertThat(slowed).isTrue();
    assertThat(emu.cdnRequests()).as("the rest came from PikPak's own link").isNotEmpty();
    ResolvedLink again = client.links().resolve("id:" + id, LinkPolicy.original());
    assertThat(again.url()).as("the slow host stays demoted for the cache TTL").isEqualTo(again.originalUrl());
  }

  @Test
  void aDeadCustomHostFallsBackToTheOriginalLink() {
    CdnNode dead = emu.addCdnNode(CdnNode.Mode.DEAD, Duration.ZERO);
    client = builder().cdn(CdnPolicy.host(dead.host()).withProbeTimeout(Duration.ofMillis(200))).build();
    ResolvedLink link = client.links().resolve(FILE, LinkPolicy.original());
    assertThat(link.url()).isEqualTo(link.originalUrl());
    assertThat(dead.requests()).hasSize(1);
  }

  @Test
  void offIsTheDefaultAndProbesNothing() {
    CdnNode good = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    client = builder().cdnCandidates(List.of(good.host())).build();
    assertThat(client.cdn().policy()).isEqualTo(CdnPolicy.off());
    ResolvedLink link = client.links().resolve(FILE, LinkPolicy.original());
    assertThat(link.url()).isEqualTo(link.originalUrl());
    assertThat(good.requests()).isEmpty();
  }

  @Test
  void badCdnSettingsFailAtBuild() {
    assertThatThrownBy(() -> builder().cdn("bad host!").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cdn host");
    assertThatThrownBy(() -> builder().cdn("domain:").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cdn domain");
    assertThatThrownBy(() -> builder().cdnCandidates("a.example.org,http://b.example.org").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("plain http");
    PikPakClientBuilder env =
        builder().fromEnv(Map.of("PIKPAK_CDN", "domain:mypikpak.com", "PIKPAK_CDN_CANDIDATES", "x.example.org"));
    try (PikPakClient c = env.build()) {
      assertThat(c.cdn().policy()).isEqualTo(CdnPolicy.domain("mypikpak.com"));
    }
    assertThatThrownBy(() -> builder().fromEnv(Map.of("PIKPAK_CDN", "domain:nodot")).build())
        .isInstanceOf(InvalidInputException.class);
  }
}
