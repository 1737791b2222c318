package io.github.pikpak4j.api.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.ErrorDecoder;
import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.api.PikPakException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * A Retrofit converter that wraps Moshi's: it buffers each response body, decodes the PikPak error
 * envelope first (2xx bodies included, protocol §4.1) and throws the exception from {@link
 * ErrorDecoder}, then binds the success type. Malformed JSON, wrong types and missing required
 * fields become {@link InvalidResponseException} naming the endpoint and the field.
 */
public final class EnvelopeConverterFactory extends Converter.Factory {

  private static final Pattern PATH = Pattern.compile("(?:at path |at )(\\$[^\\s:]*)");
  /** What every error envelope holds ({@code "error"} or {@code "error_code"}, {@link ApiError#parse}). */
  private static final ByteString ERROR_KEY = ByteString.encodeUtf8("\"error");
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private final Moshi moshi;
  private final MoshiConverterFactory requests;

  private EnvelopeConverterFactory(Moshi moshi) {
    this.moshi = moshi;
    this.requests = MoshiConverterFactory.create(moshi);
  }

  /**
   * Creates the factory.
   *
   * @param moshi the Moshi with the SDK's adapters
   * @return the factory
   */
  public static EnvelopeConverterFactory create(Moshi moshi) {
    return new EnvelopeConverterFactory(moshi);
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return requests.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<Object> adapter = moshi.adapter(type, qualifiers(annotations));
    String endpoint = endpoint(annotations, retrofit.baseUrl().encodedPath());
    // the same call: a plain endpoint by equality (no regex per answer), one with {variables} by its template
    Predicate<String> sameCall = endpoint.indexOf('{') < 0 ? endpoint::equals : template(endpoint).asMatchPredicate();
    return body -> convert(adapter, endpoint, sameCall, body);
  }

  private static @Nullable Object convert(
      JsonAdapter<Object> adapter, String declaredEndpoint, Predicate<String> sameCall, ResponseBody body)
      throws IOException {
    LastResponse.Meta meta = LastResponse.take();
    if (meta != null && !sameCall.test(meta.endpoint())) {
      meta = null; // recorded by another call (for example one made inside an outer interceptor)
    }
    String endpoint = meta != null ? meta.endpoint() : declaredEndpoint;
    int status = meta != null ? meta.status() : 200;
    Headers headers = meta != null ? meta.headers() : Headers.of();
    Buffer bytes = new Buffer();
    try (body) {
      bytes.writeAll(body.source()); // an IOException here is a transport failure
    }
    if (bytes.rangeEquals(0, UTF8_BOM)) {
      bytes.skip(UTF8_BOM.size());
    }
    // Only an answer that could hold an envelope is read as text: a page of a listing is decoded once, by the adapter.
    if (status < 200 || status >= 300 || bytes.indexOf(ERROR_KEY) >= 0) {
      PikPakException error = ErrorDecoder.decode(endpoint, status, bytes.clone().readUtf8(), headers);
      if (error != null) {
        throw error;
      }
    }
    try {
      JsonReader reader = JsonReader.of(bytes);
      Object value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } catch (JsonDataException | JsonEncodingException | EOFException e) {
      throw invalid(endpoint, status, headers, e);
    } catch (IOException e) {
      throw invalid(endpoint, status, headers, e);
    }
  }

  /**
   * Builds the exception for an unusable body.
   *
   * @param endpoint {@code "METHOD /path"}
   * @param status the HTTP status, {@code 0} when unknown
   * @param headers the response headers
   * @param cause the parsing failure
   * @return the exception, whose message names the endpoint and the field when known
   */
  public static InvalidResponseException invalid(
      String endpoint, int status, Headers headers, Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String field = null;
    Matcher m = PATH.matcher(detail);
    if (m.find()) {
      field = m.group(1);
    }
    String what;
    if (cause instanceof EOFException) {
      what = "empty or truncated JSON";
    } else if (cause instanceof JsonEncodingException) {
      what = "malformed JSON";
    } else if (detail.startsWith("Required value '")) {
      int end = detail.indexOf('\'', 16);
      String name = end > 16 ? detail.substring(16, end) : "?";
      field = (field == null ? "$" : field) + "." + name;
      what = "missing required field " + field;
    } else {
      what = "unexpected JSON" + (field == null ? "" : " at " + field);
    }
    ErrorContext ctx =
        new ErrorContext(status, null, 0, null, null, headers.get("X-Request-Id"), endpoint);
    return new InvalidResponseException(
        "invalid response from " + endpoint + ": " + what + " (" + detail + ")", ctx, field, cause);
  }

  /** Turns {@code "GET /drive/v1/files/{id}"} into a pattern matching actual endpoints. */
  static Pattern template(String endpoint) {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{[^}]*\\}").matcher(endpoint);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(endpoint.substring(last, m.start()))).append("[^/]*");
      last = m.end();
    }
    regex.append(Pattern.quote(endpoint.substring(last)));
    return Pattern.compile(regex.toString());
  }

  private static Set<Annotation> qualifiers(Annotation[] annotations) {
    Set<Annotation> result = new LinkedHashSet<>();
    for (Annotation a : annotations) {
      if (a.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        result.add(a);
      }
    }
    return result;
  }

  /**
   * Derives {@code "METHOD /path"} from a Retrofit method's annotations.
   *
   * @param annotations the method annotations
   * @param basePath the base URL's encoded path, ending in {@code /}
   * @return the endpoint, for example {@code "GET /drive/v1/files/{id}"}
   */
  static String endpoint(Annotation[] annotations, String basePath) {
    for (Annotation a : annotations) {
      String method = null;
      String path = null;
      if (a instanceof GET) {
        method = "GET";
        path = ((GET) a).value();
      } else if (a instanceof POST) {
        method = "POST";
        path = ((POST) a).value();
      } else if (a instanceof PATCH) {
        method = "PATCH";
        path = ((PATCH) a).value();
      } else if (a instanceof PUT) {
        method = "PUT";
        path = ((PUT) a).value();
      } else if (a instanceof DELETE) {
        method = "DELETE";
        path = ((DELETE) a).value();
      } else if (a instanceof HEAD) {
        method = "HEAD";
        path = ((HEAD) a).value();
      } else if (a instanceof OPTIONS) {
        method = "OPTIONS";
        path = ((OPTIONS) a).value();
      } else if (a instanceof HTTP) {
        method = ((HTTP) a).method();
        path = ((HTTP) a).path();
      }
      if (method != null) {
        String p = path.startsWith("/") ? path : basePath + path;
        int q = p.indexOf('?');
        return method + " " + (q >= 0 ? p.substring(0, q) : p);
      }
    }
    return "?";
  }
}
