package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One API request being handled. */
record ApiCall(
    HttpExchange exchange,
    String method,
    String path,
    Map<String, String> query,
    String body) {

  @Nullable String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  @Nullable String contentType() {
    return header("Content-Type");
  }
}
