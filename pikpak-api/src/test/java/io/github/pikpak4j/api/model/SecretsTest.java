package io.github.pikpak4j.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secret-bearing models never print their secrets. */
class SecretsTest {

  private static final String SECRET = "S3cr3t-value-0123456789";

  @Test
  void signInRequestMasksPasswordCaptchaTokenAndClientSecret() {
    String s =
        new SignInRequest(SECRET + "ck", "cid", SECRET + "cs", "me@example.com", SECRET)
            .toString();
    assertThat(s).doesNotContain(SECRET).contains("me@example.com").contains("cid");
  }

  @Test
  void refreshTokenRequestMasksRefreshTokenAndClientSecret() {
    assertThat(RefreshTokenRequest.of("cid", SECRET + "cs", SECRET).toString())
        .doesNotContain(SECRET)
        .contains("cid");
  }

  @Test
  void tokenResponseMasksBothTokens() {
    assertThat(new TokenResponse("Bearer", SECRET + "a", SECRET + "r", 7200, "u1").toString())
        .doesNotContain(SECRET)
        .contains("u1")
        .contains("7200");
  }

  @Test
  void captchaModelsMaskTokensAndTheVerificationUrl() {
    assertThat(
            new CaptchaInitRequest("GET:/drive/v1/files", SECRET, "cid", "dev",
                    Map.of("captcha_sign", "1.abc"), "")
                .toString())
        .doesNotContain(SECRET)
        .contains("GET:/drive/v1/files");
    assertThat(
            new CaptchaInitResponse(SECRET, 300, "https://x/puzzle?captcha_token=" + SECRET)
                .toString())
        .doesNotContain(SECRET);
  }

  @Test
  void linksMaskTheirTokens() {
    assertThat(new FileLink("https://dl/x", SECRET, Instant.EPOCH).toString())
        .doesNotContain(SECRET);
    assertThat(new MediaLink("https://dl/x", SECRET, null).toString()).doesNotContain(SECRET);
  }

  @Test
  void archiveRequestsMaskThePassword() {
    assertThat(new ArchiveListRequest("G1", "", SECRET, "F1").toString())
        .doesNotContain(SECRET)
        .contains("F1");
    assertThat(new DecompressRequest("G1", SECRET, "F1", java.util.List.of(), true).toString())
        .doesNotContain(SECRET)
        .contains("G1");
  }
}
