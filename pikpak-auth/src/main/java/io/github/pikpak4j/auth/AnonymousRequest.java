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
   * Whether a request carries this tag or pikpak-api's {@link io.github.pikpak4j.api.AnonymousRequest} (which feature
   * modules such as shares use, since they cannot depend on pikpak-auth).
   *
   * @param request the request
   * @return true if it is tagged anonymous by either tag
   */
  public static boolean isAnonymous(okhttp3.Request request) {
    return request.tag(AnonymousRequest.class) != null || io.github.pikpak4j.api.AnonymousRequest.isAnonymous(request);
  }

  @Override
  public String toString() {
    return "AnonymousRequest";
  }
}
