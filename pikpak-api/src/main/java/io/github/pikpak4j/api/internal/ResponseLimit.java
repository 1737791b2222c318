package io.github.pikpak4j.api.internal;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.ResponseTooLargeException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Bounds the size of every API answer: an answer whose {@code Content-Length} is over the limit fails before a byte
 * of its body is read, and a body without a length (chunked) fails as soon as more than the limit has arrived. The
 * failure is a {@link ResponseTooLargeException} naming the endpoint, thrown from the read (so Retrofit's converter
 * and error-body buffering stop there) and the connection is not reused.
 */
public final class ResponseLimit implements Interceptor {

  private final long maxBytes;

  /**
   * Creates the interceptor.
   *
   * @param maxBytes the largest body accepted, in bytes, at least 1
   */
  public ResponseLimit(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes < 1");
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Returns the limit.
   *
   * @return bytes
   */
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String endpoint = chain.request().method() + " " + chain.request().url().encodedPath();
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxBytes) {
      response.close();
      throw tooLarge(endpoint, response.code(), "declares " + declared + " bytes, more");
    }
    int status = response.code();
    Source limited =
        new ForwardingSource(body.source()) {
          private long total;

          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            long n = super.read(sink, byteCount);
            if (n > 0) {
              total += n;
              if (total > maxBytes) {
                throw tooLarge(endpoint, status, "is longer");
              }
            }
            return n;
          }
        };
    return response
        .newBuilder()
        .body(ResponseBody.create(Okio.buffer(limited), body.contentType(), declared))
        .build();
  }

  private ResponseTooLargeException tooLarge(String endpoint, int status, String what) {
    return new ResponseTooLargeException(
        "response of "
            + endpoint
            + " "
            + what
            + " than the limit of "
            + maxBytes
            + " bytes (raise it with the client's maxResponseBytes setting if the answer is legitimate)",
        new ErrorContext(status, null, 0, null, null, null, endpoint),
        maxBytes);
  }
}
