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
   * <p>The common form, {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)} (every entry of a listing has two of them), is read
   * by position; anything else takes {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which decides what is valid and
   * what the error says. Both give the same instant for every text the fast path takes ({@code LenientAdaptersTest}).
   *
   * @param text the text, for example {@code 2024-05-01T10:00:00.5+08:00}
   * @return the instant
   * @throws DateTimeParseException when the text is not RFC 3339
   */
  public static Instant parseRfc3339(String text) {
    Instant fast = parseCommon(text);
    if (fast != null) {
      return fast;
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /** The common form read by position, or null for anything else (then the formatter decides). */
  private static @Nullable Instant parseCommon(String t) {
    int n = t.length();
    if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    char sep = t.charAt(10);
    if (sep != 'T' && sep != 't' && sep != ' ') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month)
        .lengthOfMonth() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
      }
      int len = i - start;
      if (len < 1 || len > 9) {
        return null;
      }
      nanos = digits(t, start, len);
      for (int k = len; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && (t.charAt(i) == 'Z' || t.charAt(i) == 'z')) {
      offsetSeconds = 0;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int oh = digits(t, i + 1, 2);
      int om = digits(t, i + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59 || oh == 18 && om > 0) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (t.charAt(i) == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds, nanos);
  }

  /** The decimal number of {@code len} ASCII digits at {@code at}, or -1 when one is not a digit. */
  private static int digits(String t, int at, int len) {
    int v = 0;
    for (int i = at; i < at + len; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
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
