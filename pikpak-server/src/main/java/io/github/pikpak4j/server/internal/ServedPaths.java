package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns request paths into normalized served paths ({@code /} or {@code /a/b}), refusing anything that could leave
 * the tree: dot segments, encoded separators ({@code %2F}, {@code %5C}), backslashes, NUL and other control
 * characters, and malformed escapes.
 */
final class ServedPaths {
  private ServedPaths() {}

  /**
   * Decodes and checks a raw (still percent-encoded) request path.
   *
   * @param raw the path as sent, without the query
   * @return the normalized path
   * @throws InvalidInputException when it is unsafe or malformed
   */
  static String fromRaw(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    if (!raw.startsWith("/") || lower.contains("%2f") || lower.contains("%5c") || raw.indexOf('\\') >= 0) {
      throw new InvalidInputException("bad path");
    }
    return normalize(decode(raw));
  }

  /**
   * Checks and normalizes a decoded path: collapses a trailing slash, refuses dot segments, empty segments inside,
   * backslashes and control characters.
   *
   * @param path a decoded absolute path
   * @return the normalized path
   * @throws InvalidInputException when it is unsafe
   */
  static String normalize(String path) {
    if (path.isEmpty() || path.equals("/")) {
      return "/";
    }
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (String seg : p.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || seg.indexOf('\\') >= 0
          || seg.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new InvalidInputException("bad path");
      }
      out.append('/').append(seg);
    }
    return out.toString();
  }

  /** Percent-decodes UTF-8 ({@code +} stays a plus: this is a path, not a form). */
  static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new InvalidInputException("bad path");
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new InvalidInputException("bad path");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Percent-encodes one path segment for an {@code href} or {@code Location}. */
  static String encodeSegment(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  /** Encodes a whole served path, segment by segment. */
  static String encode(String path) {
    if (path.equals("/")) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    for (String seg : path.substring(1).split("/")) {
      out.append('/').append(encodeSegment(seg));
    }
    return out.toString();
  }
}
