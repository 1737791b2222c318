package io.github.pikpak4j.api.internal;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.ResponseTooLargeException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;

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
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxBytes) {
      response.close();
      throw tooLarge(request, response.code(), "declares " + declared + " bytes, more");
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
                throw tooLarge(request, status, "is longer");
              }
            }
            return n;
          }
        };
    BufferedSource source = Okio.buffer(limited);
    return response.newBuilder().body(new ResponseBody() {
      @Override
      public @Nullable MediaType contentType() {
        return body.contentType(); // parsed only if asked for
      }

      @Override
      public long contentLength() {
        return declared;
      }

      @Override
      public BufferedSource source() {
        return source;
      }
    }).build();
  }

  private ResponseTooLargeException tooLarge(Request request, int status, String what) {
    String endpoint = request.method() + " " + request.url().encodedPath();
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
