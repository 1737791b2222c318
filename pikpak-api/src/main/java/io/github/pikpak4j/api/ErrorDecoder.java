package io.github.pikpak4j.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a PikPak answer into an exception.
 *
 * <pre>{@code
 * PikPakException e = ErrorDecoder.decode("GET /drive/v1/files", 200,
 *     "{\"error\":\"captcha_invalid\",\"error_code\":9}", Headers.of());
 * // e instanceof CaptchaInvalidException
 * }</pre>
 *
 * <p>The envelope is decoded on every JSON body, 2xx included, and dispatched on the {@code (error,
 * error_code)} pair first, then on the HTTP status (protocol §4.3 and §10):
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>answer</th><th>exception</th></tr>
 *   <tr><td>10 {@code aborted}; any description "too frequent" (also 4002); HTTP 429</td>
 *       <td>{@link RateLimitedException} (with {@code Retry-After})</td></tr>
 *   <tr><td>{@code captcha_required}; "Please add captcha"; 4002 with {@code result:review}</td>
 *       <td>{@link CaptchaRequiredException}</td></tr>
 *   <tr><td>9 {@code captcha_invalid} (or 9 unnamed); {@code captcha_invalid} with another code</td>
 *       <td>{@link CaptchaInvalidException}</td></tr>
 *   <tr><td>9 {@code file_restore_own}</td><td>{@link FileRestoreOwnException}</td></tr>
 *   <tr><td>9 {@code file_rename_uncompleted}</td><td>{@link PikPakException} (retryable)</td></tr>
 *   <tr><td>16 {@code unauthenticated}, 4121, 4122, 4126 {@code invalid_grant}, 4022
 *       {@code invalid_account_or_password}; HTTP 401</td>
 *       <td>{@link AuthenticationException}</td></tr>
 *   <tr><td>5 {@code not_found}; HTTP 404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>8 {@code file_space_not_enough}, 11 {@code task_daily_create_limit[_vip]}</td>
 *       <td>{@link QuotaExceededException}</td></tr>
 *   <tr><td>HTTP 5xx otherwise</td><td>{@link ServerException}</td></tr>
 *   <tr><td>HTTP 3xx (API clients never follow redirects)</td><td>{@link RedirectException}</td></tr>
 *   <tr><td>anything else with an error, or another HTTP status 4xx</td>
 *       <td>{@link PikPakException}</td></tr>
 * </table>
 *
 * <p>The request id comes from the {@code X-Request-Id} response header (any case).
 */
public final class ErrorDecoder {

  /** The hint added to {@code invalid_account_or_password} (4022) messages. */
  public static final String PASSWORD_HINT =
      "accounts registered through Google or Facebook have no password until one is set"
          + " (and an e-mail bound) in PikPak's account settings; a refresh token also works";

  private ErrorDecoder() {}

  /**
   * Decodes an answer with the system clock.
   *
   * @param endpoint the call, as {@code "METHOD /path"}
   * @param httpStatus the HTTP status
   * @param body the response body as text, or {@code null} when there is none
   * @param headers the response headers
   * @return the exception to throw, or {@code null} when the answer is not an error
   */
  public static @Nullable PikPakException decode(
      String endpoint, int httpStatus, @Nullable String body, Headers headers) {
    return decode(endpoint, httpStatus, body, headers, Clock.systemUTC());
  }

  /**
   * Decodes an answer.
   *
   * @param endpoint the call, as {@code "METHOD /path"}
   * @param httpStatus the HTTP status
   * @param body the response body as text, or {@code null} when there is none
   * @param headers the response headers
   * @param clock the clock against which an HTTP-date {@code Retry-After} is turned into a delay
   * @return the exception to throw, or {@code null} when the answer is not an error (a 1xx or 2xx status without an
   *     error envelope)
   */
  public static @Nullable PikPakException decode(
      String endpoint, int httpStatus, @Nullable String body, Headers headers, Clock clock) {
    ApiError envelope = ApiError.parse(body);
    String requestId = headers.get("X-Request-Id");
    Duration retryAfter = retryAfter(headers.get("Retry-After"), clock);
    if (httpStatus >= 300 && httpStatus < 400) {
      return redirect(endpoint, httpStatus, headers, requestId);
    }
    if (envelope == null) {
      if (httpStatus < 400) {
        return null;
      }
      ErrorContext ctx =
          new ErrorContext(httpStatus, null, 0, null, null, requestId, endpoint);
      return byStatus("HTTP " + httpStatus + " from " + endpoint, ctx, retryAfter);
    }
    ErrorContext ctx =
        new ErrorContext(
            httpStatus,
            envelope.error(),
            envelope.errorCode(),
            envelope.description(),
            envelope.reason(),
            requestId,
            endpoint);
    return byEnvelope(envelope, ctx, retryAfter);
  }

  private static RedirectException redirect(
      String endpoint, int httpStatus, Headers headers, @Nullable String requestId) {
    String location = origin(headers.get("Location"));
    ErrorContext ctx = new ErrorContext(httpStatus, null, 0, null, null, requestId, endpoint);
    return new RedirectException(
        "HTTP "
            + httpStatus
            + " redirect from "
            + endpoint
            + (location == null ? "" : " to " + location)
            + " refused: API calls never follow redirects (check the endpoint settings and any proxy in between)",
        ctx,
        location);
  }

  /** Returns scheme and authority of a Location value (absolute or relative), without user info, path or query. */
  private static @Nullable String origin(@Nullable String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(location.trim());
      if (uri.getHost() == null) {
        return "(same host)";
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT) + "://";
      return scheme + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static PikPakException byEnvelope(
      ApiError env, ErrorContext ctx, @Nullable Duration retryAfter) {
    String error = env.error() == null ? "" : env.error();
    int code = env.errorCode();
    String text = (nullToEmpty(env.description()) + " " + nullToEmpty(env.reason()))
        .toLowerCase(Locale.ROOT);
    String message = text(env, ctx);

    if (code == 10 || error.equals("aborted") || text.contains("too frequent")) {
      return new RateLimitedException(message, ctx, retryAfter, null);
    }
    if (error.equals("captcha_required")
        || text.contains("please add captcha")
        || (code == 4002 && text.contains("result:review"))) {
      return new CaptchaRequiredException(message, "", ctx, null);
    }
    if (code == 9) {
      switch (error) {
        case "":
        case "captcha_invalid":
          return new CaptchaInvalidException(message, ctx, null);
        case "file_restore_own":
          return new FileRestoreOwnException(message, ctx, null);
        default:
          return new PikPakException(message, ctx, null); // file_rename_uncompleted and others
      }
    }
    if (error.equals("captcha_invalid")) {
      return new CaptchaInvalidException(message, ctx, null);
    }
    if (code == 4022 || error.equals("invalid_account_or_password")) {
      String hinted = withSuffix(base(env, ctx) + " (" + PASSWORD_HINT + ")", ctx);
      return new AuthenticationException(hinted, ctx, null);
    }
    if (code == 16
        || code == 4121
        || code == 4122
        || code == 4126
        || error.equals("unauthenticated")
        || error.equals("invalid_grant")) {
      return new AuthenticationException(message, ctx, null);
    }
    if (code == 5 || error.equals("not_found")) {
      return new NotFoundException(message, ctx, null);
    }
    if (code == 8
        || code == 11
        || error.equals("file_space_not_enough")
        || error.startsWith("task_daily_create_limit")) {
      return new QuotaExceededException(message, ctx, null);
    }
    return byStatus(message, ctx, retryAfter);
  }

  private static PikPakException byStatus(
      String message, ErrorContext ctx, @Nullable Duration retryAfter) {
    int status = ctx.httpStatus();
    if (status == 429) {
      return new RateLimitedException(message, ctx, retryAfter, null);
    }
    if (status == 404) {
      return new NotFoundException(message, ctx, null);
    }
    if (status == 401) {
      return new AuthenticationException(message, ctx, null);
    }
    if (status >= 500 && status <= 599) {
      return new ServerException(message, ctx, null);
    }
    return new PikPakException(message, ctx, null);
  }

  private static String text(ApiError env, ErrorContext ctx) {
    return withSuffix(base(env, ctx), ctx);
  }

  private static String base(ApiError env, ErrorContext ctx) {
    String d = env.description();
    if (d != null && !d.isBlank()) {
      return d.strip();
    }
    if (env.error() != null) {
      return env.error().replace('_', ' ') + " (" + ctx.endpoint() + ")";
    }
    return "error from " + ctx.endpoint();
  }

  private static String withSuffix(String base, ErrorContext ctx) {
    return base + ctx.suffix();
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * Parses a {@code Retry-After} header value.
   *
   * @param value delta-seconds ({@code "120"}) or an HTTP date ({@code "Wed, 21 Oct 2015 07:28:00
   *     GMT"}), or {@code null}
   * @param clock the clock giving "now" for an HTTP date
   * @return the delay, never negative (a date in the past gives zero), or {@code null} when absent
   *     or unparsable
   */
  public static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        return null; // absurdly long
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
