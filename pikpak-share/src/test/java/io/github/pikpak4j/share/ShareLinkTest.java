package io.github.pikpak4j.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLinkTest {
  private static final String ID = "VNq1aBcD_e-F23";
  private static final String FOLDER = "VNfolder9";

  /** A good form: the expected share id, folder id (or null) and pass code (or null). */
  static Arguments ok(String link, @Nullable String folder, @Nullable String passCode) {
    return Arguments.of(link, ID, folder, passCode, null);
  }

  static Arguments bad(String link, String fragment) {
    return Arguments.of(link, null, null, null, fragment);
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        ok("https://mypikpak.com/s/" + ID, null, null),
        ok("https://mypikpak.net/s/" + ID, null, null),
        ok("https://pikpak.me/s/" + ID, null, null),
        ok("https://pikpakdrive.com/s/" + ID, null, null),
        ok("https://www.mypikpak.com/s/" + ID, null, null),
        ok("https://www.mypikpak.net/s/" + ID + "/", null, null),
        ok("https://www.pikpak.me/s/" + ID + "/" + FOLDER, FOLDER, null),
        ok("https://www.pikpakdrive.com/s/" + ID + "?pwd=1234", null, "1234"),
        ok("https://mypikpak.com/s/" + ID + "/" + FOLDER + "?pwd=ab12", FOLDER, "ab12"),
        ok("https://mypikpak.com/s/" + ID + "/" + FOLDER + "/?pwd=ab12", FOLDER, "ab12"),
        ok("https://mypikpak.com/s/" + ID + "/?pwd=ab12", null, "ab12"),
        ok("https://mypikpak.com/s/" + ID + "?act=play&pwd=x%2Fy#top", null, "x/y"),
        ok("https://mypikpak.com/s/" + ID + "?pwd=", null, null),
        ok("https://mypikpak.com/s/" + ID + "?pwd=p%C3%A4ss", null, "p\u00e4ss"),
        ok(
            "https://mypikpak.com/s/" + ID + "?pwd=\u00e4\uD83D\uDE00%41+b",
            null,
            "\u00e4\uD83D\uDE00A+b"),
        ok("HTTPS://MyPikPak.COM/s/" + ID, null, null),
        ok("http://mypikpak.com/s/" + ID, null, null),
        ok("mypikpak.com/s/" + ID + "?pwd=9", null, "9"),
        ok("  https://mypikpak.com/s/" + ID + "\n", null, null),
        ok(ID, null, null),
        bad("", "the link is empty"),
        bad("https://example.com/s/" + ID, "not a PikPak share host"),
        bad("http://evil.mypikpak.com.example/s/" + ID, "not a PikPak share host"),
        bad("https://api-drive.mypikpak.com/s/" + ID, "not a PikPak share host"),
        bad("https://mypikpak.com:443/s/" + ID, "not a PikPak share host"),
        bad("https://user@mypikpak.com/s/" + ID, "not a PikPak share host"),
        bad("https:///s/" + ID, "no host"),
        bad("ftp://mypikpak.com/s/" + ID, "only https://"),
        bad("https://mypikpak.com/s/", "no share id"),
        bad("https://mypikpak.com/s", "no share id"),
        bad("https://mypikpak.com/", "path must start with /s/"),
        bad("https://mypikpak.com/drive/all", "path must start with /s/"),
        bad("https://mypikpak.com/s/" + ID + "/" + FOLDER + "/extra", "path segments after"),
        bad("https://mypikpak.com/s//" + FOLDER, "no share id"),
        bad("https://mypikpak.com/s/" + ID + "//", "folder id must be"),
        bad("https://mypikpak.com/s/abc", "share id must be 4 to 64"),
        bad("https://mypikpak.com/s/" + "a".repeat(65), "share id must be 4 to 64"),
        bad("https://mypikpak.com/s/" + ID + "/fo%2F", "folder id must be"),
        bad("https://mypikpak.com/s/" + ID + "?pwd=%E2%28", "pass code is badly encoded"),
        bad("https://mypikpak.com/s/" + ID + "?pwd=" + "x".repeat(65), "pass code must be 1 to 64"),
        bad("https://mypikpak.com/s/" + ID + "?pwd=a%20b", "pass code contains whitespace"),
        bad("https://mypikpak.com/s/" + ID + " x", "whitespace"),
        bad("VN$bad!", "share id must be"),
        bad("ab", "share id must be"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("forms")
  void parsesGoodFormsAndRejectsBadOnes(
      String link,
      @Nullable String shareId,
      @Nullable String folderId,
      @Nullable String passCode,
      @Nullable String errorFragment) {
    if (shareId != null) {
      ShareLink parsed = ShareLink.parse(link);
      assertThat(parsed.shareId()).isEqualTo(shareId);
      assertThat(parsed.folderId()).isEqualTo(java.util.Optional.ofNullable(folderId));
      assertThat(parsed.passCode()).isEqualTo(java.util.Optional.ofNullable(passCode));
      assertThat(parsed.url())
          .isEqualTo(
              "https://mypikpak.com/s/" + shareId + (folderId == null ? "" : "/" + folderId));
      if (passCode != null) {
        assertThat(parsed.toString()).doesNotContain(passCode);
      }
    } else {
      assertThatThrownBy(() -> ShareLink.parse(link))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(errorFragment)
          .hasMessageContaining("https://mypikpak.com/s/<share_id>[/<folder_id>][?pwd=<pass code>]")
          .hasMessageContaining("mypikpak.net, pikpak.me and pikpakdrive.com")
          .hasMessageContaining("bare share id");
    }
  }

  @Test
  void toStringAndErrorsNeverRevealThePassCode() {
    ShareLink link = ShareLink.parse("https://mypikpak.com/s/" + ID + "?pwd=S3cr");
    assertThat(link).hasToString("ShareLink[https://mypikpak.com/s/" + ID + ", pass code: set]");
    assertThat(link.withoutPassCode())
        .hasToString("ShareLink[https://mypikpak.com/s/" + ID + ", pass code: none]");
    assertThatThrownBy(() -> ShareLink.parse("https://mypikpak.com/s/" + ID + "?pwd=S3cr%20et"))
        .message()
        .doesNotContain("S3cr");
    assertThatThrownBy(() -> ShareLink.parse("https://example.com/s/" + ID + "?pwd=S3cret"))
        .message()
        .doesNotContain("S3cr");
  }

  @Test
  void withPassCodeReplacesAndValidates() {
    ShareLink link = ShareLink.parse(ID + "");
    ShareLink withCode = link.withPassCode("abcd");
    assertThat(withCode.passCode()).contains("abcd");
    assertThat(withCode.shareId()).isEqualTo(ID);
    assertThat(withCode.withPassCode("wxyz").passCode()).contains("wxyz");
    assertThat(link.passCode()).isEmpty();
    assertThat(withCode.withoutPassCode()).isEqualTo(link);
    assertThat(link.withoutPassCode()).isSameAs(link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "\t"})
  void withPassCodeRejectsBadCodes(String code) {
    assertThatThrownBy(() -> ShareLink.parse(ID).withPassCode(code))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pass code");
  }

  @Test
  void valueSemantics() {
    ShareLink a = ShareLink.parse("https://pikpak.me/s/" + ID + "/" + FOLDER + "?pwd=1");
    ShareLink b = ShareLink.parse("https://www.mypikpak.net/s/" + ID + "/" + FOLDER + "/?pwd=1");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withPassCode("2"));
    assertThat(a).isNotEqualTo(ShareLink.parse(ID).withPassCode("1"));
  }
}
