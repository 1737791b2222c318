package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The API answered a call with a redirect (HTTP 3xx), which the SDK never follows: a redirect could send the request
 * (a sign-in body with the password and client secret, a bearer token) to another host or over plain http. The
 * message names the endpoint and the host the redirect pointed to (never its path or query, which could carry
 * anything).
 *
 * <p>Not retried. Download links on the CDN are a different matter: they carry no credentials and may follow
 * redirects.
 */
public class RedirectException extends PikPakException {

  /** The redirect's {@code Location}, or {@code null} when it had none. */
  private final @Nullable String location;

  /**
   * Creates the exception.
   *
   * @param message human text naming the endpoint, free of secrets
   * @param context status and endpoint
   * @param location the scheme and authority the redirect pointed to ({@code "https://other.example:8443"}), or
   *     {@code null} when the answer had no usable {@code Location}
   */
  public RedirectException(String message, ErrorContext context, @Nullable String location) {
    super(message, context, null);
    this.location = location;
  }

  /**
   * Returns where the refused redirect pointed, without path or query.
   *
   * @return scheme and authority, for example {@code "http://10.0.0.1:8080"}, or {@code null} when unknown
   */
  public @Nullable String location() {
    return location;
  }
}
