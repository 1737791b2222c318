package io.github.pikpak4j.core.cdn;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's {@link CdnProber} on OkHttp: HTTP/1.1 only, {@code Accept: *}{@code /*}, {@code Range: bytes=0-0}, no
 * redirects, no API headers, each call bounded by the probe timeout. Its own dispatcher lets every probe of a round
 * run at once (OkHttp's default allows 5 per host name, which would serialise loopback nodes). Wiring for {@code
 * PikPakClient}; applications use {@code client.cdn()}.
 */
public final class HttpCdnProber implements CdnProber, AutoCloseable {
  private final OkHttpClient client;
  private final ExecutorService threads;

  /**
   * Derives the probe client from a base client (its proxy, TLS and pool are kept; interceptors should be none).
   *
   * @param base the CDN client or the SDK's base client, without the API's authentication interceptor
   */
  public HttpCdnProber(OkHttpClient base) {
    AtomicInteger n = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "pikpak4j-cdn-probe-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Dispatcher dispatcher = new Dispatcher(threads);
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    this.client =
        base.newBuilder()
            .dispatcher(dispatcher)
            .protocols(List.of(Protocol.HTTP_1_1))
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(true) // a pooled connection the host closed while idle is not its failure
            .build();
  }

  @Override
  public CompletableFuture<Answer> probe(String url, Duration timeout) {
    CompletableFuture<Answer> result = new CompletableFuture<>();
    Request request;
    try {
      request = new Request.Builder().url(url).header("Accept", "*/*").header("Range", "bytes=0-0").get().build();
    } catch (IllegalArgumentException e) {
      result.complete(Answer.failed(Duration.ZERO, "malformed URL"));
      return result;
    }
    Call call = client.newCall(request);
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    long start = System.nanoTime();
    result.whenComplete((a, t) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            String why = e instanceof InterruptedIOException ? "timeout" : ProbeRound.describe(e);
            if (c.isCanceled()) {
              why = "cancelled";
            }
            result.complete(Answer.failed(elapsed(start), why));
          }

          @Override
          public void onResponse(Call c, Response response) {
            Duration latency = elapsed(start);
            try (response) {
              result.complete(
                  new Answer(response.code(), total(response.header("Content-Range")), latency, null));
            }
          }
        });
    return result;
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Reads the total of {@code bytes 0-0/<total>}; -1 when absent or {@code *}. */
  static long total(@org.jspecify.annotations.Nullable String contentRange) {
    if (contentRange == null) {
      return -1;
    }
    int slash = contentRange.lastIndexOf('/');
    if (slash < 0) {
      return -1;
    }
    try {
      return Long.parseLong(contentRange.substring(slash + 1).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Stops the probe threads (in-flight probes are cancelled). */
  @Override
  public void close() {
    client.dispatcher().cancelAll();
    threads.shutdown();
  }
}
