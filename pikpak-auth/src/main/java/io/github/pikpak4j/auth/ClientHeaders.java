package io.github.pikpak4j.auth;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

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
  /** The last header set {@link #forApiCall} built: tokens change rarely, requests are many. */
  private volatile @Nullable ApiHeaders last;

  /** A built header set and what it was built from (tokens: never in {@link #toString()}). */
  private record ApiHeaders(String userAgent, String captchaToken, @Nullable String accessToken, Headers headers) {
    @Override
    public String toString() {
      return "ApiHeaders[tokens redacted]";
    }
  }

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

  /**
   * Returns the headers of an API call that carries none of its own, in the order {@link AuthInterceptor} would set
   * them one by one: the client headers, the captcha token, then {@code Authorization} when there is an access token.
   * The same set is returned while the user agent and the tokens stay the same, so a request does not validate and
   * replace six headers each time.
   */
  Headers forApiCall(String captchaToken, @Nullable String accessToken) {
    String userAgent = userAgents.forUser(userId.get());
    ApiHeaders h = last;
    if (h == null || !h.userAgent().equals(userAgent) || !h.captchaToken().equals(captchaToken)
        || !Objects.equals(h.accessToken(), accessToken)) {
      Headers.Builder b = new Headers.Builder()
          .add("User-Agent", userAgent)
          .add(DEVICE_ID, deviceId.value())
          .add(CLIENT_ID, profile.clientId())
          .add(CLIENT_VERSION, profile.clientVersion())
          .add(CAPTCHA_TOKEN, captchaToken);
      if (accessToken != null) {
        b.add("Authorization", "Bearer " + accessToken);
      }
      h = new ApiHeaders(userAgent, captchaToken, accessToken, b.build());
      last = h;
    }
    return h.headers();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(apply(chain.request().newBuilder()).build());
  }
}
