package io.github.pikpak4j.auth;

/**
 * An OkHttp request tag marking a call that must go out without {@code Authorization} (for example an anonymous share
 * read). The {@link PikPakAuth#interceptor() interceptor} still attaches the client headers and a captcha token, and
 * never refreshes tokens for such a call.
 *
 * <pre>{@code
 * Request r = request.newBuilder().tag(AnonymousRequest.class, AnonymousRequest.INSTANCE).build();
 * // or in a Retrofit interface: Call<X> read(..., @Tag AnonymousRequest anonymous);
 * }</pre>
 */
public final class AnonymousRequest {
  /** The one instance. */
  public static final AnonymousRequest INSTANCE = new AnonymousRequest();

  private AnonymousRequest() {}

  /**
   * Whether a request carries this tag.
   *
   * @param request the request
   * @return true if it is tagged anonymous
   */
  public static boolean isAnonymous(okhttp3.Request request) {
    return request.tag(AnonymousRequest.class) != null;
  }

  @Override
  public String toString() {
    return "AnonymousRequest";
  }
}
