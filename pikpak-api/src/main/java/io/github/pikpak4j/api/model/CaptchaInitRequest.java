package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * Body of {@code POST USER/v1/shield/captcha/init} (protocol §3.1).
 *
 * @param action the call the token is for, {@code "METHOD:/path"} (for example {@code
 *     "GET:/drive/v1/files"})
 * @param captchaToken the token currently held, or {@code ""}
 * @param clientId the profile's client id
 * @param deviceId the device id (32 hex characters)
 * @param meta pre-login ({@code {"username": …}}) or post-login meta (client_version,
 *     package_name, user_id, timestamp, captcha_sign); copied, never null
 * @param redirectUri {@code xlaccsdk01://xbase.cloud/callback?state=harbor} or {@code ""}
 */
public record CaptchaInitRequest(
    String action,
    @Json(name = "captcha_token") String captchaToken,
    @Json(name = "client_id") String clientId,
    @Json(name = "device_id") String deviceId,
    Map<String, String> meta,
    @Json(name = "redirect_uri") String redirectUri) {

  /**
   * Normalises absent values: strings to {@code ""}, the meta to an empty map.
   *
   * @param action the call the token is for, {@code "METHOD:/path"} (for example {@code
   *     "GET:/drive/v1/files"})
   * @param captchaToken the token currently held, or {@code ""}
   * @param clientId the profile's client id
   * @param deviceId the device id (32 hex characters)
   * @param meta pre-login ({@code {"username": …}}) or post-login meta (client_version,
   *     package_name, user_id, timestamp, captcha_sign); copied, never null
   * @param redirectUri {@code xlaccsdk01://xbase.cloud/callback?state=harbor} or {@code ""}
   */
  public CaptchaInitRequest {
    action = Values.str(action);
    captchaToken = Values.str(captchaToken);
    clientId = Values.str(clientId);
    deviceId = Values.str(deviceId);
    meta = Values.map(meta);
    redirectUri = Values.str(redirectUri);
  }

  /** Returns a description with the captcha token masked. */
  @Override
  public String toString() {
    return "CaptchaInitRequest[action=" + action + ", captchaToken=" + Values.mask(captchaToken)
        + ", clientId=" + clientId + ", deviceId=" + deviceId + ", meta=" + meta.keySet()
        + ", redirectUri=" + redirectUri + "]";
  }
}
