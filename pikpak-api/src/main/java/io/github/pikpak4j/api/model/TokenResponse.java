package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Answer of sign-in and refresh (protocol §3.5, §3.6). {@code toString()} masks both tokens.
 *
 * @param tokenType {@code "Bearer"}; {@code ""} when absent
 * @param accessToken the access token (a JWT); required
 * @param refreshToken the new single-use refresh token; required (persist it at once)
 * @param expiresIn the access token's lifetime in seconds (7200 in practice)
 * @param sub the user id; {@code ""} when absent
 */
public record TokenResponse(
    @Json(name = "token_type") String tokenType,
    @Json(name = "access_token") @Required String accessToken,
    @Json(name = "refresh_token") @Required String refreshToken,
    @Json(name = "expires_in") long expiresIn,
    String sub) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param tokenType {@code "Bearer"}; {@code ""} when absent
   * @param accessToken the access token (a JWT); required
   * @param refreshToken the new single-use refresh token; required (persist it at once)
   * @param expiresIn the access token's lifetime in seconds (7200 in practice)
   * @param sub the user id; {@code ""} when absent
   */
  public TokenResponse {
    tokenType = Values.str(tokenType);
    accessToken = Values.str(accessToken);
    refreshToken = Values.str(refreshToken);
    sub = Values.str(sub);
  }

  /** Returns a description with both tokens masked. */
  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", accessToken=" + Values.mask(accessToken)
        + ", refreshToken=" + Values.mask(refreshToken) + ", expiresIn=" + expiresIn + ", sub="
        + sub + "]";
  }
}
