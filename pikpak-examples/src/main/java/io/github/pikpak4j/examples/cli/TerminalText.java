package io.github.pikpak4j.examples.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Makes text from the server safe to print on a terminal: the one escaping function of the human output. Names,
 * descriptions and messages the server sends (share contents are named by strangers) may hold ESC, BEL, NUL, a
 * carriage return or a bidirectional override, which a terminal would execute (move the cursor, retitle the window,
 * hide or reorder text). Each such character is shown as a visible escape instead: {@code \x1b}, <code>&#92;u202e</code>.
 * {@code --json} output is not passed through here: JSON escapes control characters itself and stays exact.
 */
final class TerminalText {
  private TerminalText() {}

  /**
   * Escapes the control characters of a value.
   *
   * @param text a value from the server (or any text that may hold one), or {@code null}
   * @return the text with every C0 (but tab) and C1 control character, DEL and bidirectional formatting character
   *     written as {@code \xNN} or <code>&#92;uNNNN</code>; {@code null} stays {@code null}
   */
  static @Nullable String safe(@Nullable String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      out.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    if (c >= 0x20 && c < 0x7f) {
      return false; // printable ASCII, most of every name: no further comparison
    }
    return (c < 0x20 && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }
}
