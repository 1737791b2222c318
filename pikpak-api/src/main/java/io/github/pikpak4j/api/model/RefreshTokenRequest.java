package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * JSON body of {@code POST USER/v1/auth/token} (protocol §3.6). {@code toString()} masks the
 * refresh token and the client secret.
 *
 * @param clientId the client id that issued the refresh token
 * @param clientSecret the profile's client secret, or {@code null} to omit it
 * @param grantType {@code "refresh_token"}
 * @param refreshToken the single-use refresh token
 */
public record RefreshTokenRequest(
    @Json(name = "client_id") String clientId,
    @Json(name = "client_secret") @Nullable String clientSecret,
    @Json(name = "grant_type") String grantType,
    @Json(name = "refresh_token") String refreshToken) {

  /** The only grant type the token endpoint still accepts. */
  public static final String GRANT_REFRESH_TOKEN = "refresh_token";

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param clientId the client id that issued the refresh token
   * @param clientSecret the profile's client secret, or {@code null} to omit it
   * @param grantType {@code "refresh_token"}
   * @param refreshToken the single-use refresh token
   */
  public RefreshTokenRequest {
    clientId = Values.str(clientId);
    grantType = Values.str(grantType);
    refreshToken = Values.str(refreshToken);
  }

  /**
   * Creates a {@code refresh_token} grant.
   *
   * @param clientId the client id that issued the refresh token
   * @param clientSecret the client secret, or {@code null}
   * @param refreshToken the refresh token
   * @return the request
   */
  public static RefreshTokenRequest of(
      String clientId, @Nullable String clientSecret, String refreshToken) {
    return new RefreshTokenRequest(clientId, clientSecret, GRANT_REFRESH_TOKEN, refreshToken);
  }

  /** Returns a description with every secret masked. */
  @Override
  public String toString() {
    return "RefreshTokenRequest[clientId=" + clientId + ", clientSecret="
        + Values.mask(clientSecret) + ", grantType=" + grantType + ", refreshToken="
        + Values.mask(refreshToken) + "]";
  }
}
