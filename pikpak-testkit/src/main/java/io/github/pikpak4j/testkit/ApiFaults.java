package io.github.pikpak4j.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Scripted faults for the API listeners (user and drive). A rule matches {@code "METHOD /path"}
 * exactly (the path without query), or a path prefix when the pattern ends with {@code *}, and
 * fires for the next {@code times} matching requests. Matching requests are still recorded in the
 * journal, since they reached the server.
 *
 * <pre>{@code
 * emulator.faults().respond("GET /drive/v1/files", 2, 503,
 *     "{\"error\":\"unavailable\",\"error_code\":14}");
 * emulator.faults().drop("GET /drive/v1/about", 1);
 * emulator.faults().delay("GET /v1/user/me", 1, Duration.ofMillis(200));
 * }</pre>
 *
 * <p>Rules are checked in the order added; the first live match wins. Thread-safe.
 */
public final class ApiFaults {
  private final List<Rule> rules = new ArrayList<>();
  private final AtomicLong streamed = new AtomicLong();

  ApiFaults() {}

  /**
   * Answers the next {@code times} matching requests with this status and JSON body.
   *
   * @param methodAndPath e.g. {@code "GET /drive/v1/files"}
   * @param times how many requests, at least 1
   * @param httpStatus the HTTP status
   * @param jsonBody the response body (sent as {@code application/json})
   * @return this
   */
  public ApiFaults respond(String methodAndPath, int times, int httpStatus, String jsonBody) {
    return add(methodAndPath, times, httpStatus, jsonBody, Map.of(), Duration.ZERO, false);
  }

  /**
   * Like {@link #respond(String, int, int, String)} with extra response headers (e.g. {@code
   * Retry-After}).
   *
   * @param methodAndPath e.g. {@code "POST /v1/auth/token"}
   * @param times how many requests, at least 1
   * @param httpStatus the HTTP status
   * @param jsonBody the response body
   * @param headers extra response headers
   * @return this
   */
  public ApiFaults respond(
      String methodAndPath,
      int times,
      int httpStatus,
      String jsonBody,
      Map<String, String> headers) {
    return add(methodAndPath, times, httpStatus, jsonBody, headers, Duration.ZERO, false);
  }

  /**
   * Answers the next {@code times} matching requests with {@code 307 Temporary Redirect} to another address, as a
   * hostile network or a misconfigured proxy might. A client must not follow it: the redirect keeps the method and
   * body (a sign-in body holds the password and client secret).
   *
   * @param methodAndPath e.g. {@code "POST /v1/auth/signin"}
   * @param times how many requests, at least 1
   * @param location the absolute URL of the {@code Location} header
   * @return this
   */
  public ApiFaults redirect(String methodAndPath, int times, String location) {
    return respond(methodAndPath, times, 307, "", Map.of("Location", location));
  }

  /**
   * Answers the next {@code times} matching listing requests with an empty page whose {@code next_page_token} is
   * always the same, so a client that follows tokens blindly never ends.
   *
   * @param methodAndPath e.g. {@code "GET /drive/v1/files"}
   * @param times how many requests, at least 1 ({@link Integer#MAX_VALUE} for "until {@link #clear()}")
   * @param listField the listing's array field, e.g. {@code "files"}, {@code "data"} or {@code "tasks"}
   * @return this
   */
  public ApiFaults repeatPageToken(String methodAndPath, int times, String listField) {
    return respond(
        methodAndPath, times, 200, "{\"" + listField + "\":[],\"next_page_token\":\"again\"}");
  }

  /**
   * Answers the next {@code times} matching requests with a JSON body of {@code bytes} bytes, streamed in small
   * pieces without a {@code Content-Length} (chunked), so the emulator never holds it: a client must bound what it
   * reads. The body is one long JSON string value, {@code {"kind":"aaaa...."}}.
   *
   * @param methodAndPath e.g. {@code "GET /drive/v1/files"}
   * @param times how many requests, at least 1
   * @param bytes the body length, at least 16
   * @return this
   */
  public synchronized ApiFaults hugeBody(String methodAndPath, int times, long bytes) {
    if (bytes < 16) {
      throw new IllegalArgumentException("bytes < 16");
    }
    add(methodAndPath, times, 200, null, Map.of(), Duration.ZERO, false);
    rules.get(rules.size() - 1).streamBytes = bytes;
    return this;
  }

  /**
   * Delays the next {@code times} matching requests, which are then handled normally.
   *
   * @param methodAndPath the request pattern
   * @param times how many requests, at least 1
   * @param delay the added delay (real time)
   * @return this
   */
  public ApiFaults delay(String methodAndPath, int times, Duration delay) {
    return add(methodAndPath, times, 0, null, Map.of(), delay, false);
  }

  /**
   * Drops the connection of the next {@code times} matching requests without any response.
   *
   * @param methodAndPath the request pattern
   * @param times how many requests, at least 1
   * @return this
   */
  public ApiFaults drop(String methodAndPath, int times) {
    return add(methodAndPath, times, 0, null, Map.of(), Duration.ZERO, true);
  }

  /**
   * Resets the connection of the next {@code times} matching requests as soon as their headers arrive, before the
   * request body is read and before anything is done (the request is journaled with an empty body). A client cannot
   * tell this apart from a reset after the body arrived ({@link #drop(String, int)}), so it must not replay a
   * non-idempotent call either way.
   *
   * @param methodAndPath the request pattern
   * @param times how many requests, at least 1
   * @return this
   */
  public synchronized ApiFaults dropBeforeBody(String methodAndPath, int times) {
    add(methodAndPath, times, 0, null, Map.of(), Duration.ZERO, true);
    rules.get(rules.size() - 1).beforeBody = true;
    return this;
  }

  /**
   * Applies the next {@code times} matching requests (the server does what they ask: a folder, task, share or upload
   * entry is created) and then answers this status and JSON body instead of the real answer, so the client cannot
   * tell whether the write happened. The reverse, a failure answered without applying, is {@link #respond(String,
   * int, int, String)}.
   *
   * @param methodAndPath the request pattern
   * @param times how many requests, at least 1
   * @param httpStatus the status answered after applying, e.g. 503
   * @param jsonBody the body answered after applying
   * @return this
   */
  public synchronized ApiFaults applyThenRespond(String methodAndPath, int times, int httpStatus, String jsonBody) {
    add(methodAndPath, times, httpStatus, jsonBody, Map.of(), Duration.ZERO, false);
    rules.get(rules.size() - 1).applyFirst = true;
    return this;
  }

  /**
   * Applies the next {@code times} matching requests and then resets the connection without any answer.
   *
   * @param methodAndPath the request pattern
   * @param times how many requests, at least 1
   * @return this
   */
  public synchronized ApiFaults applyThenDrop(String methodAndPath, int times) {
    add(methodAndPath, times, 0, null, Map.of(), Duration.ZERO, true);
    rules.get(rules.size() - 1).applyFirst = true;
    return this;
  }

  /**
   * Narrows the rule added last to requests whose body contains this text, e.g. {@code "drive#folder"} to tell a
   * create-folder from an upload create or an offline task (all {@code POST /drive/v1/files}). Requests that do not
   * match are handled normally and do not count. Not for {@link #dropBeforeBody} rules (no body is read then).
   *
   * @param fragment text the request body must contain
   * @return this
   * @throws IllegalStateException when no rule was added yet
   */
  public synchronized ApiFaults whenBodyContains(String fragment) {
    if (rules.isEmpty()) {
      throw new IllegalStateException("add a rule first");
    }
    rules.get(rules.size() - 1).bodyFragment = fragment;
    return this;
  }

  /**
   * Adds a general rule.
   *
   * @param methodAndPath the request pattern, {@code "METHOD /path"} or {@code "METHOD /prefix*"}
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer, or 0 to handle the request normally (after the delay)
   * @param jsonBody the body for {@code httpStatus}, or null for an empty body
   * @param headers extra response headers
   * @param delay a delay before anything else, {@link Duration#ZERO} for none
   * @param dropConnection close the connection instead of answering (after the delay)
   * @return this
   */
  public synchronized ApiFaults add(
      String methodAndPath,
      int times,
      int httpStatus,
      @Nullable String jsonBody,
      Map<String, String> headers,
      Duration delay,
      boolean dropConnection) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1");
    }
    int sp = methodAndPath.indexOf(' ');
    if (sp <= 0 || !methodAndPath.startsWith("/", sp + 1)) {
      throw new IllegalArgumentException("expected \"METHOD /path\": " + methodAndPath);
    }
    rules.add(
        new Rule(
            methodAndPath.substring(0, sp).toUpperCase(Locale.ROOT),
            methodAndPath.substring(sp + 1),
            times,
            httpStatus,
            jsonBody,
            Map.copyOf(headers),
            delay,
            dropConnection));
    return this;
  }

  /**
   * Returns how many bytes of {@link #hugeBody} answers were handed to the connection so far (a client that stops
   * reading stops it, give or take the socket buffers).
   *
   * @return bytes written
   */
  public long hugeBodyBytesSent() {
    return streamed.get();
  }

  /** Counts bytes of a huge body written. */
  void countStreamed(long bytes) {
    streamed.addAndGet(bytes);
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
  }

  /**
   * Returns how many rules still have requests left to fire on.
   *
   * @return the number of pending rules
   */
  public synchronized int pending() {
    return rules.size();
  }

  /**
   * Takes the first live rule matching the request, counting one use.
   *
   * @param beforeBody true when asked before the body is read (only {@link #dropBeforeBody} rules), else after
   * @param body the request body, {@code ""} before it is read
   */
  synchronized @Nullable Rule take(String method, String path, boolean beforeBody, String body) {
    Iterator<Rule> it = rules.iterator();
    while (it.hasNext()) {
      Rule r = it.next();
      if (r.beforeBody == beforeBody && r.matches(method, path) && body.contains(r.bodyFragment)) {
        if (--r.remaining <= 0) {
          it.remove();
        }
        return r;
      }
    }
    return null;
  }

  /** A rule with its remaining count. */
  static final class Rule {
    final String method;
    final String path;
    int remaining;
    final int status;
    final @Nullable String body;
    final Map<String, String> headers;
    final Duration delay;
    final boolean drop;
    boolean beforeBody;
    boolean applyFirst;
    String bodyFragment = "";
    long streamBytes;

    Rule(
        String method,
        String path,
        int remaining,
        int status,
        @Nullable String body,
        Map<String, String> headers,
        Duration delay,
        boolean drop) {
      this.method = method;
      this.path = path;
      this.remaining = remaining;
      this.status = status;
      this.body = body;
      this.headers = headers;
      this.delay = delay;
      this.drop = drop;
    }

    boolean matches(String m, String p) {
      if (!method.equals(m)) {
        return false;
      }
      return path.endsWith("*") ? p.startsWith(path.substring(0, path.length() - 1)) : path.equals(p);
    }
  }
}
