package io.github.pikpak4j.core.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CdnPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "off, OFF, off",
    "OFF, OFF, off",
    "original, OFF, off",
    "auto, AUTO, auto",
    "domain:mypikpak.com, DOMAIN, domain:mypikpak.com",
    "domain:PikPak.ME, DOMAIN, domain:pikpak.me",
    "dl-a10b-0870.mypikpak.net, HOST, dl-a10b-0870.mypikpak.net",
    "dl-a10b-0870.mypikpak.net:8443, HOST, dl-a10b-0870.mypikpak.net:8443",
    "https://cdn.example.org, HOST, https://cdn.example.org",
    "http://127.0.0.1:9000, HOST, http://127.0.0.1:9000",
    "localhost:9000, HOST, localhost:9000",
  })
  void parsesEveryForm(String spec, CdnPolicy.Kind kind, String normal) {
    CdnPolicy p = CdnPolicy.parse(spec);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.toString()).isEqualTo(normal);
    assertThat(CdnPolicy.parse(p.toString())).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "domain:",
        "domain:localhost",
        "domain:a..b",
        "domain:http://mypikpak.com",
        "domain:1.2.3.4",
        "bad host",
        "host:0",
        "host:70000",
        "host:abc",
        "-bad.example.org",
        "ftp://x.example.org",
        "http://cdn.example.org",
        "https://cdn.example.org/download/x",
        "user@cdn.example.org",
        "999.1.1.1",
      })
  void rejectsMalformedHostsAndDomains(String spec) {
    assertThatThrownBy(() -> CdnPolicy.parse(spec))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cdn");
  }

  @Test
  void plainHttpOnlyForLoopbackCandidates() {
    assertThat(CdnSelector.checkCandidates(List.of("http://127.0.0.1:1", "http://[::1]:2", "http://localhost:3")))
        .containsExactly("http://127.0.0.1:1", "http://[::1]:2", "http://localhost:3");
    assertThatThrownBy(() -> CdnSelector.checkCandidates(List.of("a.example.org", "http://b.example.org:80")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cdnCandidates")
        .hasMessageContaining("plain http")
        .hasMessageContaining("b.example.org");
  }

  @Test
  void candidateListSplitsTrimsAndDeduplicates() {
    List<String> split = CdnSelector.splitCandidates(" a.example.org,B.example.org:8443 ,a.example.org ");
    assertThat(split).containsExactly("a.example.org", "B.example.org:8443", "a.example.org");
    assertThat(CdnSelector.checkCandidates(split)).containsExactly("a.example.org", "b.example.org:8443");
  }

  @ParameterizedTest
  @ValueSource(strings = {",,,", "", " ", "a.example.org,,b.example.org", "a.example.org,", ",a.example.org"})
  void anEmptyCandidateIsRefusedNotSkipped(String csv) {
    assertThatThrownBy(() -> CdnSelector.splitCandidates(csv))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty entry");
  }

  @Test
  void defaultsAndWithers() {
    CdnPolicy p = CdnPolicy.auto();
    assertThat(p.probeTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(p.cacheTtl()).isEqualTo(Duration.ofMinutes(10));
    CdnPolicy q = p.withProbeTimeout(Duration.ofMillis(300)).withCacheTtl(Duration.ofMinutes(1));
    assertThat(q.probeTimeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(q.cacheTtl()).isEqualTo(Duration.ofMinutes(1));
    assertThat(q.kind()).isEqualTo(CdnPolicy.Kind.AUTO);
    assertThatThrownBy(() -> p.withProbeTimeout(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> p.withCacheTtl(Duration.ofMillis(10))).isInstanceOf(InvalidInputException.class);
  }
}
