package io.github.pikpak4j.core.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CdnUrlsTest {
  private static final String QUERY = "?fid=ab%2Fcd&expire=1700000000&z=1&a=%7E&sig=XyZ";

  @ParameterizedTest
  @CsvSource({
    // link host, new root, expected host (empty: unchanged)
    "dl-a10b-0621.mypikpak.com, mypikpak.net, dl-a10b-0621.mypikpak.net",
    "dl-z01a-0001.mypikpak.net, pikpak.me, dl-z01a-0001.pikpak.me",
    "dl-a10b-0621.pikpakdrive.com, mypikpak.com, dl-a10b-0621.mypikpak.com",
    "mypikpak.com, mypikpak.net, mypikpak.net",
    "vip.cdn.pikpak.me:8443, mypikpak.net, vip.cdn.mypikpak.net:8443",
    "cdn.example.org, mypikpak.net, ''",
    "notmypikpak.com, mypikpak.net, ''",
  })
  void domainSwapKeepsSubdomainPathAndQuery(String host, String root, String expected) {
    CdnSelector sel = new CdnSelector(CdnPolicy.domain(root), List.of(), new FakeProber(), new MutableClock());
    String url = "https://" + host + "/download/OPAQUE/x%20y" + QUERY;
    String want = expected.isEmpty() ? url : "https://" + expected + "/download/OPAQUE/x%20y" + QUERY;
    assertThat(sel.rewrite(url)).isEqualTo(want);
  }

  @Test
  void moveKeepsPathAndSignedQueryByteForByte() {
    CdnUrls.Parts p = CdnUrls.split("https://DL-A10B-0621.mypikpak.net/download/a%2Bb" + QUERY + "#frag");
    assertThat(p).isNotNull();
    assertThat(p.authority()).isEqualTo("dl-a10b-0621.mypikpak.net");
    assertThat(CdnUrls.moveTo(p, CdnHost.parse("dl-a10b-0870.mypikpak.net", "t")))
        .isEqualTo("https://dl-a10b-0870.mypikpak.net/download/a%2Bb" + QUERY + "#frag");
    // A loopback candidate (the emulator) is reached over http.
    assertThat(CdnUrls.moveTo(p, CdnHost.parse("127.0.0.1:8080", "t")))
        .isEqualTo("http://127.0.0.1:8080/download/a%2Bb" + QUERY + "#frag");
  }

  @Test
  void builtInListIsTheAlibabaFamilyUnderTheLinksRoot() {
    List<CdnHost> a10b = CdnUrls.builtIn(CdnUrls.split("https://dl-a10b-0001.pikpak.me/download/x"));
    assertThat(a10b).hasSize(35);
    assertThat(a10b.get(0).authority()).isEqualTo("dl-a10b-0621.pikpak.me");
    assertThat(a10b.get(5).authority()).isEqualTo("dl-a10b-0858.pikpak.me");
    assertThat(a10b.get(34).authority()).isEqualTo("dl-a10b-0887.pikpak.me");
    assertThat(CdnUrls.builtIn(CdnUrls.split("https://dl-z01a-0007.mypikpak.net/download/x"))).isEmpty();
    assertThat(CdnUrls.builtIn(CdnUrls.split("http://127.0.0.1:5/download/x"))).isEmpty();
  }

  @Test
  void familiesAreThePrefixAndRoot() {
    assertThat(CdnUrls.familyKey(CdnUrls.split("https://dl-a10b-0621.mypikpak.net/d")))
        .isEqualTo("dl-a10b@mypikpak.net");
    assertThat(CdnUrls.familyKey(CdnUrls.split("https://dl-z01a-0621.mypikpak.com/d")))
        .isEqualTo("dl-z01a@mypikpak.com");
    assertThat(CdnUrls.familyKey(CdnUrls.split("http://127.0.0.1:5/d"))).isEqualTo("127.0.0.1:5");
    CdnUrls.Parts link = CdnUrls.split("https://dl-z01a-0001.mypikpak.net/d");
    assertThat(CdnUrls.sameFamilyOrUnknown(link, CdnHost.parse("dl-a10b-0621.mypikpak.net", "t"))).isFalse();
    assertThat(CdnUrls.sameFamilyOrUnknown(link, CdnHost.parse("dl-z01a-0002.mypikpak.com", "t"))).isFalse();
    assertThat(CdnUrls.sameFamilyOrUnknown(link, CdnHost.parse("dl-z01a-0002.mypikpak.net", "t"))).isTrue();
    assertThat(CdnUrls.sameFamilyOrUnknown(link, CdnHost.parse("cdn.example.org", "t"))).isTrue();
  }
}
