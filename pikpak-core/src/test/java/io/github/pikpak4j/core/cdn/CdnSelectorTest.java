package io.github.pikpak4j.core.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy against a scripted prober and a hand-moved clock: no network, no waiting. */
class CdnSelectorTest {
  private static final String Q = "?fid=F1&expire=1700000000&sig=S%2B1";
  private static final String LINK = "https://dl-a10b-0001.mypikpak.net/download/OPAQUE" + Q;
  private static final long SIZE = 1234;

  private final MutableClock clock = new MutableClock();
  private final FakeProber prober = new FakeProber();

  private CdnSelector auto(String... candidates) {
    return new CdnSelector(CdnPolicy.auto(), List.of(candidates), prober, clock);
  }

  private static String on(String authority) {
    return "https://" + authority + "/download/OPAQUE" + Q;
  }

  @Test
  void autoTakesTheFastestHostThatServesTheFile() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 300)
        .serves("dl-a10b-0870.mypikpak.net", SIZE, 40)
        .serves("dl-a10b-0622.mypikpak.net", SIZE, 90);
    CdnSelector sel = auto();
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0870.mypikpak.net"));
    // The link's own host and the 35 built-in hosts of its family, each once, all at once.
    assertThat(prober.probed).hasSize(36);
    assertThat(prober.probed).allSatisfy(u -> assertThat(u).endsWith("/download/OPAQUE" + Q));
  }

  @Test
  void theFamilyThatAnswers404IsNeverChosenEvenWhenFastest() {
    // A dl-z01a (BytePlus) file: Alibaba hosts answer 404 for it, the fastest of all answers /generate_204 but 404.
    String link = "https://dl-z01a-0007.mypikpak.net/download/OPAQUE" + Q;
    prober.serves("dl-z01a-0007.mypikpak.net", SIZE, 200)
        .status("fast-but-wrong.example.org", 404, 1)
        .status("dl-a10b-0621.mypikpak.net", 404, 2)
        .serves("dl-z01a-0099.mypikpak.net", SIZE, 50);
    CdnSelector sel =
        auto("fast-but-wrong.example.org", "dl-a10b-0621.mypikpak.net", "dl-z01a-0099.mypikpak.net");
    assertThat(sel.rewrite(link, SIZE)).isEqualTo(on("dl-z01a-0099.mypikpak.net"));
    // A host of the other family is not even probed; an unknown host is probed and refused by its 404.
    assertThat(prober.probesOf("dl-a10b-0621.mypikpak.net")).isZero();
    assertThat(prober.probesOf("fast-but-wrong.example.org")).isEqualTo(1);
  }

  @Test
  void aHostServingAnotherSizeIsRefused() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 300).serves("dl-a10b-0870.mypikpak.net", SIZE + 1, 10);
    assertThat(auto().rewrite(LINK, SIZE)).isEqualTo(LINK);
  }

  @Test
  void withoutAKnownSizeTheLinksOwnHostSetsTheReference() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 300)
        .serves("dl-a10b-0870.mypikpak.net", SIZE + 1, 10)
        .serves("dl-a10b-0871.mypikpak.net", SIZE, 20);
    CdnSelector sel = auto();
    assertThat(sel.rewrite(LINK)).isEqualTo(on("dl-a10b-0871.mypikpak.net"));
    CdnProbeReport r = sel.probe(LINK, -1);
    assertThat(r.candidates()).filteredOn(c -> c.host().equals("dl-a10b-0870.mypikpak.net"))
        .singleElement()
        .satisfies(c -> assertThat(c.error()).isEqualTo("size 1235 != 1234"));
  }

  @Test
  void noServingCandidateKeepsTheLink() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 10);
    assertThat(auto().rewrite(LINK, SIZE)).isEqualTo(LINK);
  }

  @Test
  void theFirstServingAnswerDecidesWithoutWaitingForHostsThatNeverAnswer() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 100).hangs("dl-a10b-0621.mypikpak.net")
        .hangs("dead.example.org");
    CdnSelector sel =
        new CdnSelector(CdnPolicy.auto().withProbeTimeout(Duration.ofSeconds(60)), List.of("dead.example.org"),
            prober, clock);
    long t0 = System.nanoTime();
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(LINK);
    // The guard would be 60.5 s; deciding on the first answer returns at once.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void theChoiceIsCachedPerFamilyForTheTtl() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 300).serves("dl-a10b-0870.mypikpak.net", SIZE, 40);
    CdnSelector sel = auto();
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0870.mypikpak.net"));
    int first = prober.probed.size();
    // Another file of the same family, 9 minutes later: no probe, same host.
    clock.advance(Duration.ofMinutes(9));
    String other = "https://dl-a10b-0002.mypikpak.net/download/OTHER?fid=F2&expire=1&sig=T";
    assertThat(sel.rewrite(other, 99)).isEqualTo("https://dl-a10b-0870.mypikpak.net/download/OTHER?fid=F2&expire=1&sig=T");
    assertThat(prober.probed).hasSize(first);
    // Another family is probed on its own.
    String otherRoot = "https://dl-a10b-0001.mypikpak.com/download/OPAQUE" + Q;
    sel.rewrite(otherRoot, SIZE);
    assertThat(prober.probed).hasSize(first * 2);
    // After the TTL, the family is probed again and a now faster host wins.
    clock.advance(Duration.ofMinutes(2));
    prober.serves("dl-a10b-0622.mypikpak.net", SIZE, 5);
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0622.mypikpak.net"));
    assertThat(prober.probed).hasSize(first * 3);
  }

  @Test
  void aHostThatFailsOrRunsSlowDuringADownloadIsDemotedForTheTtl() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 300)
        .serves("dl-a10b-0870.mypikpak.net", SIZE, 40)
        .serves("dl-a10b-0871.mypikpak.net", SIZE, 60)
        .serves("dl-a10b-0872.mypikpak.net", SIZE, 80);
    CdnSelector sel = auto();
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0870.mypikpak.net"));
    int probes = prober.probed.size();

    sel.reportFailure(on("dl-a10b-0870.mypikpak.net")); // a URL or a host[:port] may be passed
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0871.mypikpak.net"));
    sel.reportSlow("dl-a10b-0871.mypikpak.net");
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0872.mypikpak.net"));
    sel.reportFailure("dl-a10b-0872.mypikpak.net");
    // Next best is the link's own host.
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(LINK);
    assertThat(prober.probed).hasSize(probes); // steering uses the cached ranking, no new probe
    assertThat(sel.isDemoted("dl-a10b-0870.mypikpak.net")).isTrue();

    clock.advance(Duration.ofMinutes(10));
    assertThat(sel.isDemoted("dl-a10b-0870.mypikpak.net")).isFalse();
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(on("dl-a10b-0870.mypikpak.net"));
  }

  @Test
  void aDeadCustomHostFallsBackToTheLinkAsGiven() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 100); // "dead.example.org" refuses connections
    CdnSelector sel = new CdnSelector(CdnPolicy.host("dead.example.org"), List.of(), prober, clock);
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(LINK);
    assertThat(sel.rewrite(LINK)).isEqualTo(LINK);
    assertThat(prober.probesOf("dead.example.org")).isEqualTo(1); // the failure is cached, not re-probed
    CdnProbeReport r = sel.probe(LINK, SIZE);
    assertThat(r.chosen()).isEqualTo("dl-a10b-0001.mypikpak.net");
    assertThat(r.rewritten()).isFalse();
    assertThat(r.candidates()).filteredOn(c -> c.host().equals("dead.example.org")).singleElement()
        .satisfies(c -> {
          assertThat(c.ok()).isFalse();
          assertThat(c.latency()).isNull();
          assertThat(c.error()).isEqualTo("ConnectException");
        });
  }

  @Test
  void aCustomHostThatServesIsUsedAndOneThatAnswers404IsNot() {
    prober.serves("dl-a10b-0001.mypikpak.net", SIZE, 100).serves("mine.example.org:8443", SIZE, 500)
        .status("wrong.example.org", 404, 1);
    CdnSelector good = new CdnSelector(CdnPolicy.host("mine.example.org:8443"), List.of(), prober, clock);
    assertThat(good.rewrite(LINK, SIZE)).isEqualTo(on("mine.example.org:8443"));
    CdnSelector bad = new CdnSelector(CdnPolicy.host("wrong.example.org"), List.of(), prober, clock);
    assertThat(bad.rewrite(LINK, SIZE)).isEqualTo(LINK);
  }

  @Test
  void domainSwapNeedsNoProbeAndStepsBackWhenTheSwappedHostFails() {
    CdnSelector sel = new CdnSelector(CdnPolicy.domain("mypikpak.com"), List.of(), prober, clock);
    assertThat(sel.rewrite(LINK)).isEqualTo(on("dl-a10b-0001.mypikpak.com"));
    assertThat(prober.probed).isEmpty();
    sel.reportFailure("dl-a10b-0001.mypikpak.com");
    assertThat(sel.rewrite(LINK)).isEqualTo(LINK);
  }

  @Test
  void offKeepsEveryLinkAndProbesNothing() {
    CdnSelector sel = new CdnSelector(CdnPolicy.off(), List.of("a.example.org"), prober, clock);
    assertThat(sel.rewrite(LINK, SIZE)).isEqualTo(LINK);
    assertThat(sel.rewrite("not a url")).isEqualTo("not a url");
    assertThat(prober.probed).isEmpty();
  }

  @Test
  void probeReportsEveryCandidateAndTheChoice() {
    String link = "http://127.0.0.1:7000/download/OPAQUE" + Q;
    prober.serves("127.0.0.1:7000", SIZE, 120).serves("127.0.0.1:7001", SIZE, 30)
        .status("127.0.0.1:7002", 404, 5);
    CdnSelector sel = auto("127.0.0.1:7001", "127.0.0.1:7002", "127.0.0.1:7003");
    CdnProbeReport r = sel.probe(link, SIZE);
    assertThat(r.policy()).isEqualTo("auto");
    assertThat(r.originalHost()).isEqualTo("127.0.0.1:7000");
    assertThat(r.chosen()).isEqualTo("127.0.0.1:7001");
    assertThat(r.candidates()).extracting(CdnProbeResult::host)
        .containsExactly("127.0.0.1:7001", "127.0.0.1:7000", "127.0.0.1:7002", "127.0.0.1:7003");
    assertThat(r.candidates()).extracting(CdnProbeResult::ok).containsExactly(true, true, false, false);
    assertThat(r.candidates().get(2).error()).isEqualTo("HTTP 404");
    assertThat(r.candidates().get(0).latencyMillis()).isEqualTo(30);
    assertThat(r.candidates().get(1).original()).isTrue();
    // Under auto the probe also primes the cache.
    int probes = prober.probed.size();
    assertThat(sel.rewrite(link, SIZE)).isEqualTo("http://127.0.0.1:7001/download/OPAQUE" + Q);
    assertThat(prober.probed).hasSize(probes);
  }
}
