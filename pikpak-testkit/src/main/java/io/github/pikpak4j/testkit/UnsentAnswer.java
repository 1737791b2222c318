package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An exchange whose answer goes nowhere: a route handled through it applies its effect, and the client sees
 * whatever the fault rule answers instead ({@link ApiFaults#applyThenRespond}). Requests are read from the real
 * exchange; the body was read already and is passed in.
 */
final class UnsentAnswer extends HttpExchange {
  private final HttpExchange real;
  private final Headers responseHeaders = new Headers();
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
  private int status = -1;

  UnsentAnswer(HttpExchange real) {
    this.real = real;
  }

  @Override
  public Headers getRequestHeaders() {
    return real.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return real.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return real.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return real.getHttpContext();
  }

  @Override
  public void close() {
    // the real exchange is answered by the fault rule
  }

  @Override
  public InputStream getRequestBody() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @Override
  public OutputStream getResponseBody() {
    return sink;
  }

  @Override
  public void sendResponseHeaders(int rCode, long responseLength) {
    status = rCode;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return real.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return real.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return real.getProtocol();
  }

  @Override
  public @Nullable Object getAttribute(String name) {
    return real.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, @Nullable Object value) {
    real.setAttribute(name, value);
  }

  @Override
  public void setStreams(@Nullable InputStream i, @Nullable OutputStream o) {
    // streams stay as they are: nothing of this answer is sent
  }

  @Override
  public @Nullable HttpPrincipal getPrincipal() {
    return real.getPrincipal();
  }
}
