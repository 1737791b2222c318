package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Common request handling for the API listeners: journal, scripted faults, routing, and the error
 * envelope for {@link ApiFailure}s. Dropping a connection is done by throwing from the handler,
 * which makes the JDK server close the socket without a response.
 */
abstract class ApiHandler implements HttpHandler {
  private final String listener;
  private final RequestJournal journal;
  private final ApiFaults faults;
  protected final Clock clock;

  ApiHandler(String listener, RequestJournal journal, ApiFaults faults, Clock clock) {
    this.listener = listener;
    this.journal = journal;
    this.faults = faults;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = ex.getRequestURI().getPath();
    String rawQuery = ex.getRequestURI().getRawQuery();
    if (faults.take(method, path, true, "") != null) {
      journal.add(
          new RecordedRequest(
              listener, method, path, rawQuery == null ? "" : rawQuery, Map.of(),
              Http.headers(ex.getRequestHeaders()), "", clock.instant()));
      throw new IOException("connection reset by ApiFaults before the request body was read");
    }
    String body = Http.readBody(ex);
    Map<String, String> query;
    try {
      query = Http.parseQuery(rawQuery == null ? "" : rawQuery);
    } catch (ApiFailure f) {
      query = Map.of();
    }
    journal.add(
        new RecordedRequest(
            listener,
            method,
            path,
            rawQuery == null ? "" : rawQuery,
            Map.copyOf(query),
            Http.headers(ex.getRequestHeaders()),
            body,
            clock.instant()));
    ApiFaults.Rule rule = faults.take(method, path, false, body);
    if (rule != null) {
      Http.sleep(rule.delay.toMillis());
      if (rule.applyFirst) {
        apply(new ApiCall(new UnsentAnswer(ex), method, path, query, body));
      }
      if (rule.drop) {
        throw new IOException("connection dropped by ApiFaults");
      }
      if (rule.streamBytes > 0) {
        Http.streamJsonString(ex, rule.status, rule.streamBytes, faults::countStreamed);
        return;
      }
      if (rule.status > 0) {
        rule.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        Http.sendJson(ex, rule.status, rule.body == null ? "" : rule.body);
        return;
      }
    }
    try {
      route(new ApiCall(ex, method, path, query, body));
    } catch (ApiFailure f) {
      Http.sendJson(ex, f.httpStatus, f.body());
    } catch (RuntimeException e) {
      Http.sendJson(
          ex,
          500,
          new ApiFailure(500, "internal", 13, "emulator error: " + e, "INTERNAL").body());
    } finally {
      ex.close();
    }
  }

  /** Routes a request whose answer is thrown away (the effect stays); any failure of the route too. */
  private void apply(ApiCall call) throws IOException {
    try {
      route(call);
    } catch (RuntimeException ignored) {
      // the fault rule answers instead
    }
  }

  /** Handles a request; answers through {@link Http} or throws {@link ApiFailure}. */
  protected abstract void route(ApiCall call) throws IOException;

  static ApiFailure noRoute(ApiCall call) {
    return ApiFailure.notFound("no route for " + call.method() + " " + call.path());
  }
}
