package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's decisions about moving off a CDN host: far slower, and the reroute bound. */
class LinkHolderTest {
  private final List<String> reports = new ArrayList<>();

  private static ResolvedLink link(String url) {
    return new ResolvedLink("f", "f.bin", url, "https://dl-a10b-0001.mypikpak.net/download/x?fid=f",
        LinkSource.ORIGINAL, "original", null, 10, null, null, LinkPolicy.original());
  }

  private final Links links =
      new Links() {
        @Override
        public ResolvedLink resolve(String path, LinkPolicy policy) {
          throw new AssertionError();
        }

        @Override
        public ResolvedLink resolveId(String fileId, LinkPolicy policy) {
          throw new AssertionError();
        }

        @Override
        public ResolvedLink refresh(ResolvedLink previous) {
          throw new AssertionError();
        }

        @Override
        public ResolvedLink reroute(ResolvedLink failed, boolean slow) {
          reports.add((slow ? "slow " : "failed ") + failed.host());
          return failed.withUrl(failed.originalUrl());
        }
      };

  @Test
  void aRateFourTimesBelowTheBestOnTheSameHostIsFarSlower() {
    LinkHolder h = new LinkHolder(links, Clock.systemUTC(), link("https://dl-a10b-0002.mypikpak.net/download/x?fid=f"), 3);
    assertThat(h.farSlower(0, 8e6)).isFalse(); // the best so far
    assertThat(h.farSlower(0, 2.5e6)).as("3.2x slower: not far").isFalse();
    assertThat(h.farSlower(0, 1.9e6)).as("4.2x slower").isTrue();
    assertThat(h.farSlower(0, 9e6)).as("a new best").isFalse();
    assertThat(h.farSlower(1, 0.1e6)).as("a rate measured on an older link does not count").isFalse();
  }

  @Test
  void rerouteReportsTheHostOnceAndStartsAFreshBaseline() {
    LinkHolder h = new LinkHolder(links, Clock.systemUTC(), link("https://dl-a10b-0002.mypikpak.net/download/x?fid=f"), 3);
    h.farSlower(0, 8e6);
    assertThat(h.rewritten()).isTrue();
    assertThat(h.reroute(0, true)).isTrue();
    assertThat(h.reroute(0, true)).as("another worker's reroute of the same generation is not repeated").isTrue();
    assertThat(reports).containsExactly("slow dl-a10b-0002.mypikpak.net");
    assertThat(h.rewritten()).isFalse();
    assertThat(h.reroute(1, false)).as("PikPak's own link: nothing to move away from").isFalse();
    assertThat(h.farSlower(1, 1e6)).as("the baseline restarted on the new host").isFalse();
  }
}
