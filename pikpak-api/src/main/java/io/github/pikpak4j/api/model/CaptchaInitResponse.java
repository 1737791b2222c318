package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST USER/v1/shield/captcha/init} (protocol §3.1).
 *
 * @param captchaToken the token to send as {@code X-Captcha-Token} (required unless {@code url} is
 *     set); {@code ""} when absent
 * @param expiresIn the token's lifetime in seconds (about 300)
 * @param url when non-empty, a puzzle page a person must solve first (protocol §3.3); it carries a
 *     captcha token in its query
 */
public record CaptchaInitResponse(
    @Json(name = "captcha_token") @Required(unless = "url") String captchaToken,
    @Json(name = "expires_in") long expiresIn,
    @Nullable String url) {

  /**
   * Normalises an absent token to {@code ""}.
   *
   * @param captchaToken the token to send as {@code X-Captcha-Token} (required unless {@code url} is
   *     set); {@code ""} when absent
   * @param expiresIn the token's lifetime in seconds (about 300)
   * @param url when non-empty, a puzzle page a person must solve first (protocol §3.3); it carries a
   *     captcha token in its query
   */
  public CaptchaInitResponse {
    captchaToken = Values.str(captchaToken);
  }

  /**
   * Returns whether a person must solve a puzzle (a non-empty {@code url}).
   *
   * @return {@code true} when verification is required
   */
  public boolean needsVerification() {
    return url != null && !url.isEmpty();
  }

  /** Returns a description with the token and the URL masked. */
  @Override
  public String toString() {
    return "CaptchaInitResponse[captchaToken=" + Values.mask(captchaToken) + ", expiresIn="
        + expiresIn + ", url=" + Values.mask(url) + "]";
  }
}
