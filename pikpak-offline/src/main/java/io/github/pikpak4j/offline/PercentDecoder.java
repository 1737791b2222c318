package io.github.pikpak4j.offline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict percent-decoding (UTF-8) of link components. */
final class PercentDecoder {
  private PercentDecoder() {}

  /**
   * Decodes {@code %XX} escapes as UTF-8 and, if {@code plusIsSpace}, {@code +} as a space.
   *
   * @throws IllegalArgumentException on a malformed escape or bytes that are not UTF-8
   */
  static String decode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%') {
        bytes.reset();
        while (i < s.length() && s.charAt(i) == '%') {
          if (i + 2 >= s.length()) {
            throw new IllegalArgumentException("truncated percent escape");
          }
          int hi = Character.digit(s.charAt(i + 1), 16);
          int lo = Character.digit(s.charAt(i + 2), 16);
          if (hi < 0 || lo < 0) {
            throw new IllegalArgumentException("malformed percent escape");
          }
          bytes.write(hi * 16 + lo);
          i += 3;
        }
        out.append(utf8(bytes.toByteArray()));
      } else {
        out.append(plusIsSpace && c == '+' ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("percent escapes are not UTF-8", e);
    }
  }
}
