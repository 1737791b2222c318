package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST USER/v1/auth/signin} (protocol §3.5). {@code toString()} masks the password,
 * the captcha token and the client secret.
 *
 * @param captchaToken the pre-login captcha token (or one a person supplied)
 * @param clientId the profile's client id
 * @param clientSecret the profile's client secret, or {@code null} to omit it
 * @param username e-mail, phone number or user name
 * @param password the password
 */
public record SignInRequest(
    @Json(name = "captcha_token") String captchaToken,
    @Json(name = "client_id") String clientId,
    @Json(name = "client_secret") @Nullable String clientSecret,
    String username,
    String password) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param captchaToken the pre-login captcha token (or one a person supplied)
   * @param clientId the profile's client id
   * @param clientSecret the profile's client secret, or {@code null} to omit it
   * @param username e-mail, phone number or user name
   * @param password the password
   */
  public SignInRequest {
    captchaToken = Values.str(captchaToken);
    clientId = Values.str(clientId);
    username = Values.str(username);
    password = Values.str(password);
  }

  /** Returns a description with every secret masked. */
  @Override
  public String toString() {
    return "SignInRequest[captchaToken=" + Values.mask(captchaToken) + ", clientId=" + clientId
        + ", clientSecret=" + Values.mask(clientSecret) + ", username=" + username
        + ", password=" + Values.mask(password) + "]";
  }
}
