package io.github.pikpak4j.api;

import com.squareup.moshi.Moshi;
import io.github.pikpak4j.api.internal.EnvelopeConverterFactory;
import io.github.pikpak4j.api.internal.LastResponse;
import io.github.pikpak4j.api.internal.LenientAdapters;
import io.github.pikpak4j.api.internal.RecordAdapterFactory;
import io.github.pikpak4j.api.internal.ResponseLimit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Builds the Retrofit interfaces of the raw API, one Retrofit per base URL, all sharing one
 * OkHttpClient (its connection pool and dispatcher) and one Moshi.
 *
 * <pre>{@code
 * PikPakDomain d = PikPakDomain.DEFAULT;
 * PikPakApis apis = PikPakApis.create(d.userBaseUrl(), d.driveBaseUrl(), okHttp);
 * About about = ApiCalls.execute(apis.driveApi().about());
 * }</pre>
 *
 * <p>Responses go through a converter that decodes the error envelope before binding (2xx bodies
 * included) and maps unusable bodies to {@link InvalidResponseException}. The given client is
 * used through {@link #apiClient(OkHttpClient, long)}: redirects are never followed (a 3xx answer is a {@link
 * RedirectException}), answers are bounded in size ({@link ResponseTooLargeException}), and one application
 * interceptor hands the response headers to that converter (request ids of errors in 2xx bodies); it adds no
 * headers.
 */
public final class PikPakApis {

  /**
   * The default bound on one API answer: 16 MiB, far above any listing page (500 entries with their links and media
   * take well under 2 MiB).
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L << 20;

  private static final Moshi MOSHI =
      LenientAdapters.register(new Moshi.Builder()).add(RecordAdapterFactory.INSTANCE).build();

  private final UserApi userApi;
  private final DriveApi driveApi;

  private PikPakApis(UserApi userApi, DriveApi driveApi) {
    this.userApi = userApi;
    this.driveApi = driveApi;
  }

  /**
   * Creates the interfaces.
   *
   * @param userBaseUrl the auth host's base URL, for example {@code "https://user.mypikpak.net/"}
   *     (a missing trailing slash is added)
   * @param driveBaseUrl the drive host's base URL, for example {@code
   *     "https://api-drive.mypikpak.net/"} (a missing trailing slash is added)
   * @param client the shared client (with the auth interceptor, timeouts, proxy)
   * @return the interfaces
   * @throws InvalidInputException when a base URL is not an http(s) URL
   */
  public static PikPakApis create(String userBaseUrl, String driveBaseUrl, OkHttpClient client) {
    OkHttpClient shared = apiClient(client, DEFAULT_MAX_RESPONSE_BYTES);
    Retrofit user = retrofit(userBaseUrl, shared);
    Retrofit drive = retrofit(driveBaseUrl, shared);
    return new PikPakApis(user.create(UserApi.class), drive.create(DriveApi.class));
  }

  /**
   * Builds a Retrofit for one base URL with the SDK's converter, for modules that declare their own
   * Retrofit interfaces (shares, tasks) on the same stack.
   *
   * @param baseUrl the base URL (a missing trailing slash is added)
   * @param client the shared client, passed through {@link #apiClient(OkHttpClient, long)} with the default limit
   *     unless it already was
   * @return the Retrofit
   * @throws InvalidInputException when the base URL is not an http(s) URL
   */
  public static Retrofit retrofit(String baseUrl, OkHttpClient client) {
    OkHttpClient c = apiClient(client, DEFAULT_MAX_RESPONSE_BYTES);
    return new Retrofit.Builder()
        .baseUrl(baseUrl(baseUrl))
        .client(c)
        .addConverterFactory(EnvelopeConverterFactory.create(MOSHI))
        .build();
  }

  /**
   * Returns the client as API calls must use it: redirects never followed (neither to another host nor from https
   * to http, and no request body is ever replayed; a 3xx answer becomes a {@link RedirectException}), every answer
   * bounded to {@code maxResponseBytes}, and the response-header hand-over for the converter. A client already
   * prepared (one this method returned, or derived from one with {@code newBuilder()}) is returned unchanged,
   * keeping its limit.
   *
   * @param client the base client (timeouts, proxy, pools, auth interceptor)
   * @param maxResponseBytes the largest answer accepted, in bytes, at least 1
   * @return the API client
   * @throws InvalidInputException when {@code maxResponseBytes} is below 1
   */
  public static OkHttpClient apiClient(OkHttpClient client, long maxResponseBytes) {
    if (maxResponseBytes < 1) {
      throw new InvalidInputException("maxResponseBytes must be at least 1, got " + maxResponseBytes);
    }
    boolean prepared =
        !client.followRedirects()
            && !client.followSslRedirects()
            && client.interceptors().contains(LastResponse.INTERCEPTOR)
            && client.interceptors().stream().anyMatch(ResponseLimit.class::isInstance);
    if (prepared) {
      return client;
    }
    OkHttpClient.Builder b = client.newBuilder().followRedirects(false).followSslRedirects(false);
    if (client.interceptors().stream().noneMatch(ResponseLimit.class::isInstance)) {
      b.addInterceptor(new ResponseLimit(maxResponseBytes));
    }
    if (!client.interceptors().contains(LastResponse.INTERCEPTOR)) {
      b.addInterceptor(LastResponse.INTERCEPTOR);
    }
    return b.build();
  }

  private static HttpUrl baseUrl(String url) {
    HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
    if (parsed == null) {
      throw new InvalidInputException("not an http(s) base URL: " + url);
    }
    return parsed;
  }

  /**
   * Returns the shared Moshi with the SDK's adapters: lenient numbers and booleans (int-strings
   * accepted), RFC 3339 instants, and records bound by their {@code @Json} names.
   *
   * @return the shared instance
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Returns the auth interface.
   *
   * @return the interface bound to the user base URL
   */
  public UserApi userApi() {
    return userApi;
  }

  /**
   * Returns the drive interface.
   *
   * @return the interface bound to the drive base URL
   */
  public DriveApi driveApi() {
    return driveApi;
  }
}
