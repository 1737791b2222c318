package io.github.pikpak4j.api.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Lenient Moshi adapters for PikPak's inconsistent scalars: numbers that arrive as strings
 * ({@code "size":"123"}), booleans as strings, empty strings for absent values, and RFC 3339
 * instants with or without fractional seconds and with any offset.
 *
 * <pre>{@code
 * Moshi moshi = LenientAdapters.register(new Moshi.Builder()).build();
 * }</pre>
 */
public final class LenientAdapters {
  private LenientAdapters() {}

  /**
   * Adds the adapters for {@code long}, {@code Long}, {@code int}, {@code Integer}, {@code
   * boolean}, {@code Boolean} and {@link Instant} to a builder.
   *
   * @param builder the builder to extend
   * @return the same builder
   */
  public static Moshi.Builder register(Moshi.Builder builder) {
    return builder
        .add(long.class, LONG)
        .add(Long.class, LONG.nullSafe())
        .add(int.class, INT)
        .add(Integer.class, INT.nullSafe())
        .add(boolean.class, BOOLEAN)
        .add(Boolean.class, BOOLEAN.nullSafe())
        .add(Instant.class, INSTANT);
  }

  /** Reads a number or an int-string; {@code null} and {@code ""} read as 0. */
  static final JsonAdapter<Long> LONG =
      new JsonAdapter<>() {
        @Override
        public Long fromJson(JsonReader reader) throws IOException {
          String text = scalar(reader);
          if (text == null || text.isBlank()) {
            return 0L;
          }
          String t = text.trim();
          try {
            return Long.parseLong(t);
          } catch (NumberFormatException e) {
            try {
              double d = Double.parseDouble(t);
              if (d == Math.rint(d) && Math.abs(d) < 9.0E18) {
                return (long) d;
              }
            } catch (NumberFormatException ignored) {
              // fall through
            }
            throw new JsonDataException(
                "Expected an integer but was \"" + t + "\" at path " + reader.getPath());
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Long value) throws IOException {
          writer.value(value == null ? 0L : value);
        }

        @Override
        public String toString() {
          return "LenientAdapters.LONG";
        }
      };

  /** Reads a number or an int-string; {@code null} and {@code ""} read as 0. */
  static final JsonAdapter<Integer> INT =
      new JsonAdapter<>() {
        @Override
        public Integer fromJson(JsonReader reader) throws IOException {
          long v = LONG.fromJson(reader);
          if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new JsonDataException(
                "Expected an int but was " + v + " at path " + reader.getPath());
          }
          return (int) v;
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Integer value) throws IOException {
          writer.value(value == null ? 0 : value);
        }

        @Override
        public String toString() {
          return "LenientAdapters.INT";
        }
      };

  /** Reads a boolean or {@code "true"}/{@code "false"}; {@code null} and {@code ""} read false. */
  static final JsonAdapter<Boolean> BOOLEAN =
      new JsonAdapter<>() {
        @Override
        public Boolean fromJson(JsonReader reader) throws IOException {
          if (reader.peek() == JsonReader.Token.BOOLEAN) {
            return reader.nextBoolean();
          }
          String text = scalar(reader);
          if (text == null || text.isBlank()) {
            return false;
          }
          switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
              return true;
            case "false":
            case "0":
              return false;
            default:
              throw new JsonDataException(
                  "Expected a boolean but was \"" + text + "\" at path " + reader.getPath());
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Boolean value) throws IOException {
          writer.value(value != null && value);
        }

        @Override
        public String toString() {
          return "LenientAdapters.BOOLEAN";
        }
      };

  /**
   * Reads RFC 3339 text ({@code 2024-05-01T10:00:00Z}, {@code 2024-05-01T10:00:00.123+08:00}) or a
   * number of Unix seconds; {@code null} and {@code ""} read as {@code null}. Writes RFC 3339 in
   * UTC.
   */
  static final JsonAdapter<Instant> INSTANT =
      new JsonAdapter<Instant>() {
        @Override
        public @Nullable Instant fromJson(JsonReader reader) throws IOException {
          if (reader.peek() == JsonReader.Token.NUMBER) {
            return Instant.ofEpochSecond(reader.nextLong());
          }
          String text = scalar(reader);
          if (text == null || text.isBlank()) {
            return null;
          }
          try {
            return parseRfc3339(text);
          } catch (DateTimeParseException e) {
            throw new JsonDataException(
                "Expected an RFC 3339 time but was \"" + text + "\" at path " + reader.getPath());
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else {
            writer.value(DateTimeFormatter.ISO_INSTANT.format(value));
          }
        }

        @Override
        public String toString() {
          return "LenientAdapters.INSTANT";
        }
      };

  /**
   * Parses RFC 3339 text, accepting lower-case {@code t}/{@code z} and a space between date and
   * time.
   *
   * @param text the text, for example {@code 2024-05-01T10:00:00.5+08:00}
   * @return the instant
   * @throws DateTimeParseException when the text is not RFC 3339
   */
  public static Instant parseRfc3339(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  private static @Nullable String scalar(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case STRING:
      case NUMBER:
        return reader.nextString();
      case BOOLEAN:
        return Boolean.toString(reader.nextBoolean());
      default:
        throw new JsonDataException(
            "Expected a scalar but was " + reader.peek() + " at path " + reader.getPath());
    }
  }
}
