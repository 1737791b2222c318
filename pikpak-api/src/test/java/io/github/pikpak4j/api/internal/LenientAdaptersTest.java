package io.github.pikpak4j.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link LenientAdapters#parseRfc3339}: the positional fast path gives what the JDK's formatter gives. */
class LenientAdaptersTest {
  /** What the formatter alone makes of a text (the parser before the fast path). */
  private static Instant byFormatter(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  @Test
  void everyGeneratedTimestampParsesToTheFormattersInstant() {
    Random random = new Random(20261205);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(-2_208_988_800L, 4_102_444_800L); // 1900 to 2100
      int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
      int fraction = random.nextInt(10); // digits, 0 for none
      OffsetDateTime at = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000))
          .atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
      StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d%s%02d:%02d:%02d",
          at.getYear(), at.getMonthValue(), at.getDayOfMonth(), "Tt ".charAt(random.nextInt(3)),
          at.getHour(), at.getMinute(), at.getSecond()));
      if (fraction > 0) {
        text.append('.').append(String.format(Locale.ROOT, "%09d", at.getNano()), 0, fraction);
      }
      if (offsetMinutes == 0 && random.nextBoolean()) {
        text.append(random.nextBoolean() ? 'Z' : 'z');
      } else {
        int abs = Math.abs(offsetMinutes);
        text.append(String.format(Locale.ROOT, "%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", abs / 60, abs % 60));
      }
      String s = text.toString();
      assertThat(LenientAdapters.parseRfc3339(s)).as(s).isEqualTo(byFormatter(s));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-06-14T11:10:49.287+08:00", "2024-02-29T23:59:59Z", "2000-01-01t00:00:00.000000001z",
      "1999-12-31 23:59:59-05:30", " 2024-05-01T10:00:00.5+08:00 ", "2024-05-01T10:00:00+08:00:30",
      "2024-05-01T10:00+08:00", "2024-01-01T00:00:00.Z"})
  void theFormsPikPakAndItsPeersSendParseAsTheFormatterSays(String text) {
    Instant expected;
    try {
      expected = byFormatter(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> LenientAdapters.parseRfc3339(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(LenientAdapters.parseRfc3339(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
      "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z",
      "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00+19:00", "2024-01-01T00:00:00+18:30",
      "2024-01-01T00:00:00", "2024-1-01T00:00:00Z", "2024-01-01X00:00:00Z", "2024-01-01T00:00:00ZZ",
      "2024-01-01T00:00:00+0800", "abcd-ef-ghTij:kl:mnZ", ""})
  void whatIsNotRfc3339IsRefusedWithTheFormattersException(String text) {
    assertThatThrownBy(() -> byFormatter(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> LenientAdapters.parseRfc3339(text)).isInstanceOf(DateTimeParseException.class);
  }
}
