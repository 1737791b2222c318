package io.github.pikpak4j.api.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, per thread, the status and headers of the response the current thread just received,
 * so that {@link EnvelopeConverterFactory} (which Retrofit hands only the body) can fill in the
 * request id and status of an error envelope found in a 2xx body.
 *
 * <p>Retrofit converts a body on the thread that ran the OkHttp interceptor chain, for both {@code
 * execute()} and {@code enqueue()}, so a thread-local hand-over is exact; the value is taken (and
 * cleared) by the converter.
 */
public final class LastResponse implements Interceptor {

  /** The shared interceptor. */
  public static final LastResponse INTERCEPTOR = new LastResponse();

  private static final ThreadLocal<Meta> CURRENT = new ThreadLocal<>();

  /**
   * What the converter needs of a response.
   *
   * @param endpoint {@code "METHOD /path"}
   * @param status the HTTP status
   * @param headers the response headers
   */
  public record Meta(String endpoint, int status, Headers headers) {}

  private LastResponse() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    CURRENT.remove();
    Response response = chain.proceed(chain.request());
    CURRENT.set(
        new Meta(
            chain.request().method() + " " + chain.request().url().encodedPath(),
            response.code(),
            response.headers()));
    return response;
  }

  /**
   * Returns and clears the current thread's last response.
   *
   * @return the metadata, or {@code null} when none was recorded
   */
  public static @Nullable Meta take() {
    Meta meta = CURRENT.get();
    CURRENT.remove();
    return meta;
  }
}
