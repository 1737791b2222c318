package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.TransportException;
import io.github.pikpak4j.core.async.AsyncLinks;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A file with no link yet (right after an upload, protocol §5.5) is fetched again every 5 s for at most 60 s; a file
 * that has links but not the one asked for fails at once. Against the emulator, with a sleeper that records and moves
 * the emulator clock instead of sleeping.
 */
class LinkWaitTest {
  private static final String VIDEO = "/Videos/sample-video.mp4";
  private static final Duration FIVE = Duration.ofSeconds(5);

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<String> sleepingThreads = new CopyOnWriteArrayList<>();
  private volatile boolean interruptSleeps;
  private PikPakEmulator emulator;
  private PikPakClient client;
  private String videoId;

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
            .rateLimit(RateLimit.unlimited())
            .sleeper(d -> {
              sleeps.add(d);
              sleepingThreads.add(Thread.currentThread().getName());
              if (interruptSleeps) {
                throw new InterruptedException("test");
              }
              emulator.advance(d);
            })
            .build();
    videoId = client.files().resolve(VIDEO).id(); // signs in, so the counts below are about links only
    emulator.reset();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private int getFileCalls() {
    return emulator.requestCount("GET", "/drive/v1/files/" + videoId);
  }

  /**
   * The three entry points that fetch the file. A cached path is checked with a get-file of its own before the link
   * is fetched; the switch answers that one without a link too, as the server would, so it counts one more.
   */
  enum Entry {
    RESOLVE_PATH(1, (links, prev) -> links.resolve(VIDEO, prev.policy())),
    RESOLVE_ID_PREFIX(0, (links, prev) -> links.resolve("id:" + prev.fileId(), prev.policy())),
    RESOLVE_ID(0, (links, prev) -> links.resolveId(prev.fileId(), prev.policy())),
    REFRESH(0, Links::refresh);

    final int pathGets;
    final BiFunction<Links, ResolvedLink, ResolvedLink> call;

    Entry(int pathGets, BiFunction<Links, ResolvedLink, ResolvedLink> call) {
      this.pathGets = pathGets;
      this.call = call;
    }
  }

  @ParameterizedTest
  @EnumSource(Entry.class)
  void noLinkForTwoCallsIsWaitedForTwiceFiveSeconds(Entry entry) {
    ResolvedLink before = client.links().resolve(VIDEO, LinkPolicy.media("1080P"));
    emulator.reset();
    emulator.driveFaults().noLink(videoId, 2 + entry.pathGets);

    ResolvedLink link = entry.call.apply(client.links(), before);

    assertThat(link.fileId()).isEqualTo(videoId);
    assertThat(link.mediaId()).isEqualTo(before.mediaId());
    assertThat(getFileCalls()).isEqualTo(3 + entry.pathGets);
    assertThat(sleeps).containsExactly(FIVE, FIVE);
    assertThat(emulator.driveFaults().noLinkRemaining(videoId)).isZero();
  }

  @Test
  void aLinkThatNeverComesFailsAfterSixtySecondsOfTwelveWaits() {
    emulator.driveFaults().noLink(videoId, Integer.MAX_VALUE);

    assertThatThrownBy(() -> client.links().resolveId(videoId, LinkPolicy.original()))
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining(videoId)
        .hasMessageContaining("no download link yet")
        .hasMessageContaining("after waiting 60 s");

    assertThat(sleeps).hasSize(12).containsOnly(FIVE);
    assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Links.NO_LINK_MAX_WAIT);
    assertThat(getFileCalls()).isEqualTo(13);
  }

  @Test
  void aResolutionTheFileDoesNotHaveFailsAtOnce() {
    assertThatThrownBy(() -> client.links().resolve(VIDEO, LinkPolicy.media("2160P")))
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining("2160P")
        .hasMessageContaining("720P, 1080P");
    String readme = client.files().resolve("/README.txt").id();
    emulator.reset();
    assertThatThrownBy(() -> client.links().resolveId(readme, LinkPolicy.media("1080P")))
        .as("a file with original bytes but no renditions")
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining("available: none");
    assertThatThrownBy(() -> client.links().resolve("/Videos", LinkPolicy.original()))
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining("not a file");
    assertThat(emulator.requestCount("GET", "/drive/v1/files/" + readme)).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aFileWhoseOfflineDownloadFailedIsNotWaitedFor() {
    String readme = client.files().resolve("/README.txt").id();
    emulator.reset();
    emulator.drive().setPhase(readme, "PHASE_TYPE_ERROR"); // the emulator then answers it without any link
    assertThatThrownBy(() -> client.links().resolveId(readme, LinkPolicy.original()))
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining("no download link (its phase is PHASE_TYPE_ERROR)")
        .hasMessageNotContaining("waiting");
    assertThat(emulator.requestCount("GET", "/drive/v1/files/" + readme)).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void anInterruptedWaitRestoresTheFlagAndThrowsATypedException() {
    emulator.driveFaults().noLink(videoId, Integer.MAX_VALUE);
    interruptSleeps = true;
    try {
      assertThatThrownBy(() -> client.links().resolveId(videoId, LinkPolicy.original()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("interrupted while waiting for file " + videoId)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(getFileCalls()).isEqualTo(1);
  }

  @Test
  void theAsyncTwinSchedulesItsWaitsAndNeverCallsTheSleeper() throws Exception {
    // The client's waits are 5 s; the same resolver with 50 ms waits keeps this test fast on the real scheduler.
    LinksImpl fast = ((LinksImpl) client.links()).withWait(Duration.ofMillis(50), Duration.ofMillis(600));
    try (BlockingRunner runner = new BlockingRunner()) {
      AsyncLinks async = AsyncEngines.links(fast, runner);
      emulator.driveFaults().noLink(videoId, 2);
      // by id: a path may be checked with a get-file of its own when it is cached, which would take one no-link answer
      ResolvedLink link = async.resolveId(videoId, LinkPolicy.original()).get(10, TimeUnit.SECONDS);
      assertThat(link.source()).isEqualTo(LinkSource.ORIGINAL);
      assertThat(getFileCalls()).as("two scheduled waits, three attempts").isEqualTo(3);

      emulator.reset();
      emulator.driveFaults().noLink(videoId, 1);
      assertThat(async.refresh(link).get(10, TimeUnit.SECONDS).fileId()).isEqualTo(videoId);
      assertThat(getFileCalls()).isEqualTo(2);

      emulator.reset();
      emulator.driveFaults().noLink(videoId, Integer.MAX_VALUE);
      CompletableFuture<ResolvedLink> never = async.resolveId(videoId, LinkPolicy.original());
      ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
          ExecutionException.class, () -> never.get(10, TimeUnit.SECONDS));
      assertThat(e.getCause()).isInstanceOf(LinkUnavailableException.class)
          .hasMessageContaining("after waiting 600 ms");
      assertThat(getFileCalls()).as("12 waits of 50 ms, 13 attempts").isEqualTo(13);
    }
    assertThat(sleeps).as("no sleeper call on the async path").isEmpty();
    assertThat(sleepingThreads).isEqualTo(Collections.emptyList());
  }

  @Test
  void theClientsAsyncViewFailsAsTheBlockingCallWithoutWaitingForAMissingResolution() throws Exception {
    CompletableFuture<ResolvedLink> f = client.async().links().resolve(VIDEO, LinkPolicy.media("2160P"));
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
    assertThat(e.getCause()).isInstanceOf(LinkUnavailableException.class).hasMessageContaining("2160P");
    assertThat(client.async().links().resolve(VIDEO, LinkPolicy.original()).get(10, TimeUnit.SECONDS).fileId())
        .isEqualTo(videoId);
    assertThat(sleeps).isEmpty();
  }
}
