package io.github.pikpak4j.api;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The PikPak error envelope: {@code {"error":…, "error_code":…, "error_description":…,
 * "details":[{"reason":…}]}}.
 *
 * <pre>{@code
 * ApiError e = ApiError.parse("{\"error\":\"not_found\",\"error_code\":5}");
 * // e.error() == "not_found", e.errorCode() == 5
 * }</pre>
 *
 * <p>A body is an error when {@code error} is non-empty or {@code error_code} non-zero, whatever
 * the HTTP status (protocol §4.1). {@link ErrorDecoder} turns it into an exception.
 *
 * @param error the symbolic name, for example {@code captcha_invalid}, or {@code null}
 * @param errorCode the numeric code, {@code 0} when absent
 * @param description the {@code error_description} text, or {@code null}
 * @param reason the first {@code reason} of {@code details[]} or {@code error_details[]}, or
 *     {@code null}
 */
public record ApiError(
    @Nullable String error, int errorCode, @Nullable String description, @Nullable String reason) {

  private static final JsonReader.Options KEYS =
      JsonReader.Options.of("error", "error_code", "error_description", "details", "error_details");

  /**
   * Parses an error envelope.
   *
   * @param body a response body, or {@code null}
   * @return the envelope when the body is a JSON object whose {@code error} is non-empty or whose
   *     {@code error_code} is non-zero; {@code null} otherwise (including malformed JSON)
   */
  public static @Nullable ApiError parse(@Nullable String body) {
    if (body == null || body.indexOf("\"error") < 0) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      String error = null;
      int code = 0;
      String description = null;
      String reason = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(KEYS)) {
          case 0:
            error = scalar(reader);
            break;
          case 1:
            code = code(scalar(reader));
            break;
          case 2:
            description = scalar(reader);
            break;
          case 3:
          case 4:
            String r = firstReason(reader);
            if (reason == null) {
              reason = r;
            }
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      if ((error == null || error.isEmpty()) && code == 0) {
        return null;
      }
      return new ApiError(error == null || error.isEmpty() ? null : error, code, description, reason);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String scalar(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case STRING:
      case NUMBER:
        return reader.nextString();
      case BOOLEAN:
        return Boolean.toString(reader.nextBoolean());
      case NULL:
        return reader.nextNull();
      default:
        reader.skipValue();
        return null;
    }
  }

  private static int code(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      return (int) Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static @Nullable String firstReason(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return null;
    }
    String found = null;
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        continue;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (found == null && "reason".equals(name)) {
          String r = scalar(reader);
          if (r != null && !r.isEmpty()) {
            found = r;
          }
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
    }
    reader.endArray();
    return found;
  }
}
