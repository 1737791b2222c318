package io.github.pikpak4j.api;

/**
 * An OkHttp request tag marking a call that must go out without {@code Authorization}, for example
 * an anonymous share read (protocol §9.1). The auth layer still attaches the client headers
 * ({@code X-Client-Id}, {@code X-Device-Id}, {@code User-Agent}) and a captcha token obtained with
 * {@code user_id=""}, and never refreshes tokens for such a call.
 *
 * <pre>{@code
 * // in a Retrofit interface:
 * Call<ShareDetail> share(@Query("share_id") String id, ..., @Tag @Nullable AnonymousRequest anonymous);
 * // pass AnonymousRequest.INSTANCE for an anonymous read, null for a signed-in one
 * }</pre>
 *
 * <p>This is the tag of the raw API module, so that feature modules (shares) can mark calls
 * without depending on pikpak-auth; the auth interceptor honours it.
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
