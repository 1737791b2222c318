package io.github.pikpak4j.core.files;

import java.util.Locale;

/** Byte counts for people. */
public final class Sizes {
  private Sizes() {}

  /**
   * Formats a byte count with binary units and one decimal: {@code 512 B}, {@code 1.5 KiB}, {@code 2.0 MiB}, up to
   * EiB.
   *
   * @param bytes the count, 0 or more
   * @return the text, for example {@code 3.0 MiB}
   */
  public static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
