package io.github.pikpak4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OfflineUrlTest {
  private static final String HEX = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
  private static final String B32 = "YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKEK";
  private static final String MD4 = "0123456789abcdef0123456789ABCDEF";

  static Arguments ok(String link, OfflineUrlKind kind) {
    return Arguments.of(link, kind, null);
  }

  static Arguments bad(String link, String fragment) {
    return Arguments.of(link, null, fragment);
  }

  static Stream<Arguments> links() {
    return Stream.of(
        // magnet
        ok("magnet:?xt=urn:btih:" + HEX, OfflineUrlKind.MAGNET),
        ok("magnet:?xt=urn:btih:" + HEX.toUpperCase(), OfflineUrlKind.MAGNET),
        ok("magnet:?xt=urn:btih:" + B32, OfflineUrlKind.MAGNET),
        ok("magnet:?xt=urn:btih:" + B32.toLowerCase(), OfflineUrlKind.MAGNET),
        ok(
            "MAGNET:?dn=x&xt=URN:BTIH:" + HEX + "&tr=udp%3A%2F%2Ft.example%3A80",
            OfflineUrlKind.MAGNET),
        ok(
            "magnet:?xt=urn:btih:" + HEX + "&xt=urn:btmh:1220" + "ab".repeat(32),
            OfflineUrlKind.MAGNET),
        ok("magnet:?xt.1=urn:btih:" + HEX + "&&dn=", OfflineUrlKind.MAGNET),
        ok("  magnet:?xt=urn:btih:" + HEX + "\n", OfflineUrlKind.MAGNET),
        bad("magnet:?xt=urn:btmh:1220" + "ab".repeat(32), "urn:btmh is not supported"),
        bad("magnet:?xt=urn:ed2k:" + MD4, "urn:ed2k is not supported"),
        bad("magnet:?dn=only-a-name", "no xt=urn:btih: info hash"),
        bad(
            "magnet:?xt=urn:btih:" + HEX.substring(1),
            "40 hexadecimal or 32 base32 characters (got 39"),
        bad("magnet:?xt=urn:btih:" + B32.substring(0, 31) + "1", "32 base32"),
        bad("magnet:?xt=urn:btih:", "(got 0 characters)"),
        bad(
            "magnet:?xt=urn:btih:" + HEX + "&xt=urn:btih:" + "0".repeat(40),
            "two different info hashes"),
        bad("magnet:?xt=urn:btih:" + HEX + "&dn=%E2%28", "'dn' is badly encoded"),
        bad("magnet:?xt=urn:btih:" + HEX + "&dn=%4", "'dn' is badly encoded"),
        bad("magnet:xt=urn:btih:" + HEX, "must start with magnet:?"),
        bad("magnet:?xt=urn:btih:" + HEX + "&dn=two words", "whitespace"),
        // http(s)
        ok("https://example.com/file.iso", OfflineUrlKind.HTTP),
        ok("http://example.com", OfflineUrlKind.HTTP),
        ok("HTTPS://Example.COM:8443/a?b=c#d", OfflineUrlKind.HTTP),
        ok("https://user:secret@example.com/f", OfflineUrlKind.HTTP),
        ok("http://[2001:db8::1]:8080/f", OfflineUrlKind.HTTP),
        ok("http://192.168.1.10/f", OfflineUrlKind.HTTP),
        ok("https://例子.测试/文件.mp4", OfflineUrlKind.HTTP),
        ok("https://youtube.com/watch?v=1", OfflineUrlKind.HTTP),
        ok("https://notx.com/1", OfflineUrlKind.HTTP),
        bad("https://", "no host"),
        bad("https:///path", "no host"),
        bad("https://:80/path", "no host"),
        bad("http:example.com/f", "must start with http:// or https://"),
        bad("https://exa mple.com/", "whitespace"),
        bad("https://example.com/a\tb", "whitespace"),
        bad("https://example.com:0/", "port must be a number"),
        bad("https://example.com:99999/", "port must be a number"),
        bad("https://example.com:http/", "port must be a number"),
        bad("https://exa$mple.com/", "host name contains a character"),
        bad("https://a..b/", "host name is malformed"),
        bad("http://[::1/", "closing ]"),
        // ed2k
        ok("ed2k://|file|movie.avi|734003200|" + MD4 + "|/", OfflineUrlKind.ED2K),
        ok("ED2K://|FILE|a%20b.mkv|1|" + MD4 + "|", OfflineUrlKind.ED2K),
        ok(
            "ed2k://|file|x.iso|0|" + MD4 + "|h=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567|/",
            OfflineUrlKind.ED2K),
        bad("ed2k://|file|movie.avi|7.3MB|" + MD4 + "|/", "decimal number"),
        bad("ed2k://|file|movie.avi|-1|" + MD4 + "|/", "decimal number"),
        bad("ed2k://|file|movie.avi|99999999999999999999|" + MD4 + "|/", "decimal number"),
        bad("ed2k://|file|movie.avi|100|" + MD4.substring(1) + "|/", "32 hexadecimal"),
        bad("ed2k://|file|movie.avi|100|" + "g".repeat(32) + "|/", "32 hexadecimal"),
        bad("ed2k://|file||100|" + MD4 + "|/", "name is empty"),
        bad("ed2k://|file|movie.avi|100|/", "needs a name, a size and a hash"),
        bad("ed2k://|server|1.2.3.4|4661|/", "only ed2k file links"),
        bad("ed2k://|file|movie.avi|100|" + MD4 + "|junk|/", "unexpected part"),
        bad("ed2k://file|movie.avi|100|" + MD4 + "|/", "must start with ed2k://|file|"),
        bad("ed2k://|file|movie.avi|100|" + MD4, "must end with |/"),
        // social
        ok("https://x.com/someone/status/1", OfflineUrlKind.SOCIAL),
        ok("https://twitter.com/someone/status/1", OfflineUrlKind.SOCIAL),
        ok("https://mobile.twitter.com/someone/status/1", OfflineUrlKind.SOCIAL),
        ok("https://www.tiktok.com/@u/video/1", OfflineUrlKind.SOCIAL),
        ok("https://vm.tiktok.com/ZM123/", OfflineUrlKind.SOCIAL),
        ok("https://www.facebook.com/watch/?v=1", OfflineUrlKind.SOCIAL),
        ok("https://fb.watch/abc/", OfflineUrlKind.SOCIAL),
        ok("https://t.me/channel/42", OfflineUrlKind.SOCIAL),
        ok("http://X.COM./a", OfflineUrlKind.SOCIAL),
        // other schemes and garbage
        bad("", "empty"),
        bad("   ", "empty"),
        bad("ftp://example.com/file", "scheme 'ftp' is not supported"),
        bad("file:///etc/passwd", "scheme 'file' is not supported"),
        bad("javascript:alert(1)", "scheme 'javascript' is not supported"),
        bad("thunder://QUFodHRwOi8vZXhhbXBsZS5jb20vZmlsZVpa", "scheme 'thunder' is not supported"),
        bad("example.com/file.iso", "no scheme"),
        bad(HEX, "for a bare info hash write magnet:?xt=urn:btih:"),
        bad("https://example.com/" + "a".repeat(OfflineUrl.MAX_LENGTH), "longer than 65536"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("links")
  void parsesGoodLinksAndRejectsBadOnes(
      String link, @Nullable OfflineUrlKind kind, @Nullable String errorFragment) {
    if (kind != null) {
      OfflineUrl url = OfflineUrl.parse(link);
      assertThat(url.kind()).isEqualTo(kind);
      assertThat(url.value()).isEqualTo(link.strip());
    } else {
      assertThatThrownBy(() -> OfflineUrl.parse(link))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(errorFragment)
          .hasMessageContaining("Accepted: magnet links")
          .hasMessageContaining("ed2k file links")
          .hasMessageContaining("X/Twitter, TikTok, Facebook or Telegram");
    }
  }

  @Test
  void magnetPartsAreDecodedAndTheInfoHashNormalised() {
    OfflineUrl url =
        OfflineUrl.parse(
            "magnet:?xt=urn:btih:"
                + B32
                + "&dn=A+Movie%20%E2%9C%93&tr=udp%3A%2F%2Fa.example%3A80&tr=http://b.example/ann");
    assertThat(url.infoHash()).contains(HEX);
    assertThat(url.displayName()).contains("A Movie ✓");
    assertThat(url.trackers()).containsExactly("udp://a.example:80", "http://b.example/ann");
    assertThat(url.host()).isEmpty();
    assertThat(url.ed2kFileSize()).isEmpty();
    assertThat(OfflineUrl.parse("magnet:?xt=urn:btih:" + HEX.toUpperCase()).infoHash())
        .contains(HEX);
  }

  @Test
  void ed2kPartsAreParsed() {
    OfflineUrl url = OfflineUrl.parse("ed2k://|file|My%20Movie.avi|734003200|" + MD4 + "|/");
    assertThat(url.ed2kFileName()).contains("My Movie.avi");
    assertThat(url.ed2kFileSize()).isEqualTo(OptionalLong.of(734003200L));
    assertThat(url.ed2kHash()).contains(MD4.toUpperCase());
    assertThat(url.infoHash()).isEmpty();
    assertThat(url.trackers()).isEmpty();
  }

  @Test
  void webAndSocialPartsAreParsed() {
    OfflineUrl page = OfflineUrl.parse("https://VM.TikTok.com/ZM123/");
    assertThat(page.host()).contains("vm.tiktok.com");
    assertThat(page.socialSite()).contains(SocialSite.TIKTOK);
    OfflineUrl file = OfflineUrl.parse("http://[2001:db8::1]:8080/f");
    assertThat(file.host()).contains("2001:db8::1");
    assertThat(file.socialSite()).isEmpty();
    assertThat(SocialSite.ofHost("m.facebook.com")).contains(SocialSite.FACEBOOK);
    assertThat(SocialSite.ofHost("telegram.me")).contains(SocialSite.TELEGRAM);
    assertThat(SocialSite.ofHost("mytwitter.com")).isEmpty();
  }

  @Test
  void valueSemanticsAndToString() {
    String link = "magnet:?xt=urn:btih:" + HEX;
    assertThat(OfflineUrl.parse(" " + link + " "))
        .isEqualTo(OfflineUrl.parse(link))
        .hasSameHashCodeAs(OfflineUrl.parse(link))
        .hasToString(link);
    assertThat(OfflineUrl.parse(link)).isNotEqualTo(OfflineUrl.parse(link + "&dn=x"));
  }

  @Test
  void credentialsInAUrlNeverAppearInToStringOrErrors() {
    OfflineUrl url = OfflineUrl.parse("https://user:s3cret@example.com/f?x=1");
    assertThat(url.value()).isEqualTo("https://user:s3cret@example.com/f?x=1");
    assertThat(url).hasToString("https://user:***@example.com/f?x=1");
    assertThat(url.host()).contains("example.com");
    assertThatThrownBy(() -> OfflineUrl.parse("https://user:s3cret@example.com:99999/"))
        .isInstanceOf(InvalidInputException.class)
        .message()
        .doesNotContain("s3cret");
  }

  @Test
  void acceptedKindsAreListedOnce() {
    assertThat(List.of(OfflineUrlKind.values()))
        .containsExactly(
            OfflineUrlKind.MAGNET, OfflineUrlKind.HTTP, OfflineUrlKind.ED2K, OfflineUrlKind.SOCIAL);
  }
}
