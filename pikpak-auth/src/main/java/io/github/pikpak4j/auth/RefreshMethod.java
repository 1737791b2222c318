package io.github.pikpak4j.auth;

/** How the refresh token is exchanged at {@code POST /v1/auth/token}. The default is {@link #JSON}. */
public enum RefreshMethod {
  /** A JSON body with {@code client_id}, {@code client_secret}, {@code grant_type}, {@code refresh_token} (default). */
  JSON,
  /** An {@code application/x-www-form-urlencoded} OAuth2 body, with the client secret when the profile has one. */
  OAUTH2_FORM
}
