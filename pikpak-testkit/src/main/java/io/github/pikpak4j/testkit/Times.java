package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RFC 3339 times as PikPak writes them: milliseconds and a +08:00 offset. */
final class Times {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.ofHours(8));

  private Times() {}

  static String format(Instant t) {
    return FORMAT.format(t);
  }
}
