package io.github.pikpak4j.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body is content, never form parameters. Milton asks for the request's parameters; for a body sent
 * as {@code application/x-www-form-urlencoded} (what {@code curl --data-binary} labels it) the servlet container then
 * parses, and so consumes, the body before the PUT reads it, and the file would be stored empty or refused. A PUT's
 * body is the file: its parameters are none.
 */
final class BodyOnly extends HttpServletRequestWrapper {
  private BodyOnly(HttpServletRequest request) {
    super(request);
  }

  static HttpServletRequest of(HttpServletRequest request) {
    return new BodyOnly(request);
  }

  @Override
  public @Nullable String getParameter(String name) {
    return null;
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Map.of();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.emptyEnumeration();
  }

  @Override
  public String @Nullable [] getParameterValues(String name) {
    return null;
  }
}
