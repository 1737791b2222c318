package io.github.pikpak4j.auth;

import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the profile's client headers ({@code User-Agent}, {@code X-Device-Id}, {@code X-Client-Id}, {@code
 * X-Client-Version}); used alone on the user/auth endpoints, and by {@link AuthInterceptor} on every API call.
 */
final class ClientHeaders implements Interceptor {
  static final String DEVICE_ID = "X-Device-Id";
  static final String CLIENT_ID = "X-Client-Id";
  static final String CLIENT_VERSION = "X-Client-Version";
  static final String CAPTCHA_TOKEN = "X-Captcha-Token";

  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final UserAgents userAgents;
  private final Supplier<String> userId;

  ClientHeaders(ClientProfile profile, DeviceId deviceId, UserAgents userAgents, Supplier<String> userId) {
    this.profile = profile;
    this.deviceId = deviceId;
    this.userAgents = userAgents;
    this.userId = userId;
  }

  Request.Builder apply(Request.Builder b) {
    return b.header("User-Agent", userAgents.forUser(userId.get()))
        .header(DEVICE_ID, deviceId.value())
        .header(CLIENT_ID, profile.clientId())
        .header(CLIENT_VERSION, profile.clientVersion());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(apply(chain.request().newBuilder()).build());
  }
}
