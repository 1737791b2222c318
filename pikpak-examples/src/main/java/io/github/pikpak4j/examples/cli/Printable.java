package io.github.pikpak4j.examples.cli;

/** Text from the server made safe for a terminal: control and format characters (escapes, bidi overrides) as {@code ?}. */
final class Printable {
  private Printable() {}

  static String of(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
              b.appendCodePoint(hidden ? '?' : c);
            });
    return b.toString();
  }
}
