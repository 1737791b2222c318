package io.github.pikpak4j.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Untyped JSON reading and writing on Moshi: objects are maps, arrays lists, numbers doubles. */
final class Json {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private Json() {}

  static String write(Object value) {
    return ADAPTER.toJson(value);
  }

  static @Nullable Object parse(String text) throws IOException {
    return ADAPTER.fromJson(text);
  }

  /** Parses a JSON object or fails with invalid_argument. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String text, String what) {
    Object value;
    try {
      value = parse(text);
    } catch (IOException | JsonDataException e) {
      throw ApiFailure.invalidArgument(what + " is not valid JSON");
    }
    if (!(value instanceof Map)) {
      throw ApiFailure.invalidArgument(what + " must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  static boolean isEncodingProblem(Exception e) {
    return e instanceof JsonEncodingException;
  }
}
