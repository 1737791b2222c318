package io.github.pikpak4j.api;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.pikpak4j.api.internal.EnvelopeConverterFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * Runs Retrofit calls and turns every failure into a {@link PikPakException}.
 *
 * <pre>{@code
 * FileList page = ApiCalls.execute(drive.listFiles("", 100, "", null, null, true));
 * CompletableFuture<About> about = ApiCalls.executeAsync(drive.about());
 * }</pre>
 *
 * <ul>
 *   <li>a non-2xx answer, or an error envelope in a 2xx body: the exception from {@link
 *       ErrorDecoder};
 *   <li>an I/O failure: {@link TransportException} wrapping the {@link IOException};
 *   <li>malformed JSON, a wrong type or a missing required field: {@link
 *       InvalidResponseException} naming the endpoint ({@code "GET /drive/v1/files"}) and the
 *       field;
 *   <li>an invalid argument detected while building the request (for example a {@code null} path
 *       parameter): {@link InvalidInputException}.
 * </ul>
 *
 * <p>No call is retried here; retry policies live in pikpak-core.
 */
public final class ApiCalls {
  private ApiCalls() {}

  /**
   * Executes a call on the current thread.
   *
   * @param call the call (not yet executed)
   * @param <T> the body type
   * @return the body; {@code null} only for {@code Call<Void>}
   * @throws PikPakException the decoded failure
   */
  public static <T> T execute(Call<T> call) {
    String endpoint = endpoint(call);
    Response<T> response;
    try {
      response = call.execute();
    } catch (PikPakException e) {
      throw e;
    } catch (JsonDataException | JsonEncodingException | NullPointerException e) {
      throw EnvelopeConverterFactory.invalid(endpoint, 0, Headers.of(), e);
    } catch (IOException e) {
      throw transport(endpoint, e);
    }
    return handle(call, endpoint, response);
  }

  /**
   * Executes a call on OkHttp's dispatcher. Cancelling the future cancels the call.
   *
   * @param call the call (not yet executed)
   * @param <T> the body type
   * @return a future completed with the body, or exceptionally with a {@link PikPakException}
   */
  public static <T> CompletableFuture<T> executeAsync(Call<T> call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    String endpoint;
    try {
      endpoint = endpoint(call);
    } catch (PikPakException e) {
      future.completeExceptionally(e);
      return future;
    }
    future.whenComplete(
        (v, t) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            try {
              future.complete(handle(c, endpoint, response));
            } catch (PikPakException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            future.completeExceptionally(map(endpoint, t));
          }
        });
    return future;
  }

  private static Throwable map(String endpoint, Throwable t) {
    if (t instanceof PikPakException) {
      return t;
    }
    if (t instanceof JsonDataException
        || t instanceof JsonEncodingException
        || t instanceof NullPointerException) {
      return EnvelopeConverterFactory.invalid(endpoint, 0, Headers.of(), t);
    }
    if (t instanceof IOException) {
      // OkHttp's async dispatcher wraps an exception thrown by an interceptor (for example the auth layer's
      // AuthenticationException) in IOException("canceled due to ..."), with the original as cause or suppressed.
      if (t.getCause() instanceof PikPakException) {
        return t.getCause();
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed instanceof PikPakException) {
          return suppressed;
        }
      }
      return transport(endpoint, (IOException) t);
    }
    return t;
  }

  private static TransportException transport(String endpoint, IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new TransportException(
        endpoint + " failed: " + detail, ErrorContext.ofEndpoint(endpoint), e);
  }

  private static <T> T handle(Call<T> call, String endpoint, Response<T> response) {
    if (response.isSuccessful()) {
      T body = response.body();
      if (body == null && !returnsVoid(call)) {
        throw new InvalidResponseException(
            "invalid response from " + endpoint + ": empty body (HTTP " + response.code() + ")",
            new ErrorContext(
                response.code(), null, 0, null, null, response.headers().get("X-Request-Id"),
                endpoint),
            null,
            null);
      }
      return body;
    }
    String text = null;
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody != null) {
        text = errorBody.string();
      }
    } catch (IOException e) {
      throw transport(endpoint, e);
    }
    PikPakException error =
        ErrorDecoder.decode(endpoint, response.code(), text, response.headers());
    if (error == null) {
      error =
          new PikPakException(
              "HTTP " + response.code() + " from " + endpoint,
              new ErrorContext(
                  response.code(), null, 0, null, null, response.headers().get("X-Request-Id"),
                  endpoint),
              null);
    }
    throw error;
  }

  private static boolean returnsVoid(Call<?> call) {
    Invocation invocation = call.request().tag(Invocation.class);
    if (invocation == null) {
      return false;
    }
    Type type = invocation.method().getGenericReturnType();
    if (type instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) type).getActualTypeArguments()[0];
      return arg == Void.class;
    }
    return false;
  }

  /**
   * Returns {@code "METHOD /path"} of a call, for example {@code "GET /drive/v1/files"}.
   *
   * @param call the call
   * @return the endpoint
   * @throws InvalidInputException when the request cannot be built from the arguments
   */
  public static String endpoint(Call<?> call) {
    Request request;
    try {
      request = call.request();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException("invalid request argument: " + e.getMessage());
    }
    return request.method() + " " + request.url().encodedPath();
  }

}
