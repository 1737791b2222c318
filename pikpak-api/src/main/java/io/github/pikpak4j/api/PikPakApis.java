package io.github.pikpak4j.api;

import com.squareup.moshi.Moshi;
import io.github.pikpak4j.api.internal.EnvelopeConverterFactory;
import io.github.pikpak4j.api.internal.LastResponse;
import io.github.pikpak4j.api.internal.LenientAdapters;
import io.github.pikpak4j.api.internal.RecordAdapterFactory;
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
 * used as is plus one application interceptor that hands the response headers to that converter
 * (request ids of errors in 2xx bodies); it adds no headers.
 */
public final class PikPakApis {

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
    OkHttpClient shared = client.newBuilder().addInterceptor(LastResponse.INTERCEPTOR).build();
    Retrofit user = retrofit(userBaseUrl, shared);
    Retrofit drive = retrofit(driveBaseUrl, shared);
    return new PikPakApis(user.create(UserApi.class), drive.create(DriveApi.class));
  }

  /**
   * Builds a Retrofit for one base URL with the SDK's converter, for modules that declare their own
   * Retrofit interfaces (shares, tasks) on the same stack.
   *
   * @param baseUrl the base URL (a missing trailing slash is added)
   * @param client the shared client
   * @return the Retrofit
   * @throws InvalidInputException when the base URL is not an http(s) URL
   */
  public static Retrofit retrofit(String baseUrl, OkHttpClient client) {
    boolean hasInterceptor = client.interceptors().contains(LastResponse.INTERCEPTOR);
    OkHttpClient c =
        hasInterceptor ? client : client.newBuilder().addInterceptor(LastResponse.INTERCEPTOR).build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl(baseUrl))
        .client(c)
        .addConverterFactory(EnvelopeConverterFactory.create(MOSHI))
        .build();
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
