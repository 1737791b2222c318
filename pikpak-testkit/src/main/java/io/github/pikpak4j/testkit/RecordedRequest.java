package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as it reached the emulator, for assertions in tests.
 *
 * <pre>{@code
 * RecordedRequest r = emulator.requests().get(0);
 * assertThat(r.header("X-Captcha-Token")).isNotNull();
 * }</pre>
 *
 * @param listener {@code user}, {@code drive} or {@code cdn}
 * @param method the HTTP method, upper case
 * @param path the decoded path, e.g. {@code /drive/v1/files}
 * @param rawQuery the raw query string without {@code ?}, or {@code ""}
 * @param query the decoded query parameters (the first value of each name)
 * @param headers the headers, names in lower case, in arrival order
 * @param body the request body as UTF-8 text ({@code ""} when none)
 * @param time when it arrived, on the emulator clock
 */
public record RecordedRequest(
    String listener,
    String method,
    String path,
    String rawQuery,
    Map<String, String> query,
    Map<String, List<String>> headers,
    String body,
    Instant time) {

  /**
   * Returns the first value of a header, ignoring the name's case.
   *
   * @param name the header name
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the parameter name
   * @return the decoded value, or null when absent
   */
  public @Nullable String queryParameter(String name) {
    return query.get(name);
  }

  /**
   * Returns the request line's short form, e.g. {@code GET /drive/v1/files}.
   *
   * @return method, a space and the path
   */
  public String methodAndPath() {
    return method + " " + path;
  }

  /** Returns method and path only: headers and body may hold secrets. */
  @Override
  public String toString() {
    return "RecordedRequest[" + listener + " " + methodAndPath() + "]";
  }
}
