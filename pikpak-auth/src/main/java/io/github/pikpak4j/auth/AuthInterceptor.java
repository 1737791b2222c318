package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.ApiError;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OkHttp application interceptor of the PikPak API client (obtain it from {@link PikPakAuth#interceptor()}).
 *
 * <pre>{@code
 * OkHttpClient api = base.newBuilder().addInterceptor(auth.interceptor()).build();
 * }</pre>
 *
 * <p>It attaches {@code User-Agent}, {@code X-Device-Id}, {@code X-Client-Id}, {@code X-Client-Version}, {@code
 * X-Captcha-Token} (the session's one captcha token, see {@link CaptchaTokens}) and {@code Authorization: Bearer} (left out
 * for requests tagged {@link AnonymousRequest}). The access token is refreshed proactively shortly before it expires.
 * It then recovers, each at most once per call:
 *
 * <ul>
 *   <li>{@code captcha_invalid} 9, or 4002 unless "too frequent" (in a 2xx or an error body): a new session captcha
 *       token (one init, single-flight across threads), one replay;
 *   <li>16, 4121, 4122 (not for anonymous requests): one refresh, single-flight across threads (only if the rejected
 *       token is still the current one), one replay.
 * </ul>
 *
 * <p>A second failure is returned as is, to be decoded by the caller. Code 10 ({@code aborted}, too frequent) never
 * triggers any of this. Failures to obtain tokens are thrown as {@link io.github.pikpak4j.api.PikPakException}s.
 */
public final class AuthInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(AuthInterceptor.class);
  private static final long PEEK_LIMIT = 64 * 1024;
  /** What every error envelope holds ({@code "error"} or {@code "error_code"}, {@link ApiError#parse}). */
  private static final ByteString ERROR_KEY = ByteString.encodeUtf8("\"error");

  private final SessionManager sessions;
  private final ClientHeaders headers;

  AuthInterceptor(SessionManager sessions, ClientHeaders headers) {
    this.sessions = sessions;
    this.headers = headers;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    boolean anonymous = AnonymousRequest.isAnonymous(original);
    CaptchaTokens captcha = sessions.captcha();

    String accessToken = anonymous ? null : sessions.accessToken();
    String captchaToken = captcha.tokenFor(original);
    Response response = chain.proceed(build(original, captchaToken, accessToken));

    boolean recaptchaDone = false;
    boolean refreshDone = false;
    while (true) {
      ApiError error = peekError(response);
      if (error == null) {
        return response;
      }
      if (!recaptchaDone && isCaptchaInvalid(error)) {
        recaptchaDone = true;
        response.close();
        log.debug("captcha_invalid on {} {}; renewing the captcha token and replaying once", original.method(),
            original.url().encodedPath());
        captchaToken = captcha.renew(original, captchaToken);
      } else if (!refreshDone && !anonymous && isUnauthenticated(error.errorCode())) {
        refreshDone = true;
        response.close();
        log.debug("error {} on {}; refreshing and replaying once", error.errorCode(), original.url().encodedPath());
        accessToken = sessions.afterRejection(accessToken);
      } else {
        return response;
      }
      response = chain.proceed(build(original, captchaToken, accessToken));
    }
  }

  /**
   * {@code captcha_invalid} 9 (a drive call's token expired or unknown), or {@code captcha_invalid} 4002 unless PikPak
   * says "too frequent" (rclone invalidates its token on both).
   */
  static boolean isCaptchaInvalid(ApiError error) {
    if (!"captcha_invalid".equals(error.error())) {
      return false;
    }
    String description = error.description();
    boolean tooFrequent = description != null && description.toLowerCase(Locale.ROOT).contains("too frequent");
    return error.errorCode() == 9 || (error.errorCode() == 4002 && !tooFrequent);
  }

  static boolean isUnauthenticated(int code) {
    return code == 16 || code == 4121 || code == 4122;
  }

  private Request build(Request original, String captchaToken, @Nullable String accessToken) {
    if (original.headers().size() == 0) { // every API call: Retrofit's services declare no headers
      return original.newBuilder().headers(headers.forApiCall(captchaToken, accessToken)).build();
    }
    Request.Builder b = headers.apply(original.newBuilder()).header(ClientHeaders.CAPTCHA_TOKEN, captchaToken);
    if (accessToken != null) {
      b.header("Authorization", "Bearer " + accessToken);
    } else {
      b.removeHeader("Authorization");
    }
    return b.build();
  }

  /**
   * Whether a 2xx answer of this {@code Content-Type} may be an error envelope: a JSON or text type, or none, or one
   * that OkHttp's {@code MediaType} cannot read. A JSON or text type is recognised from the header's text (parsing it
   * into a {@code MediaType} costs a regular expression per response); only other types are parsed.
   */
  static boolean mayHoldJson(@Nullable String contentType) {
    if (contentType == null) {
      return true;
    }
    int end = contentType.indexOf(';');
    String essence = (end < 0 ? contentType : contentType.substring(0, end)).trim().toLowerCase(Locale.ROOT);
    int slash = essence.indexOf('/');
    if (slash > 0 && (essence.startsWith("text/") || essence.indexOf("json", slash + 1) >= 0)) {
      return true; // so says MediaType too, whether it reads the header or refuses it
    }
    MediaType type = MediaType.parse(contentType);
    return type == null || type.subtype().contains("json") || "text".equals(type.type());
  }

  private static @Nullable ApiError peekError(Response response) throws IOException {
    ResponseBody body = response.body();
    if (response.isSuccessful() && !mayHoldJson(response.header("Content-Type"))) {
      return null;
    }
    BufferedSource source = body.source();
    source.request(PEEK_LIMIT); // what peekBody reads too
    if (source.getBuffer().indexOf(ERROR_KEY, 0, PEEK_LIMIT) < 0) {
      return null; // no envelope in what would be peeked (most answers): nothing to copy and decode
    }
    return ApiError.parse(response.peekBody(PEEK_LIMIT).string());
  }
}
