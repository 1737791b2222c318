package io.github.pikpak4j.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/** Parses {@code ed2k://|file|<name>|<size>|<hash>|/} links. */
final class Ed2kLinks {
  private static final Pattern SIZE = Pattern.compile("[0-9]{1,19}");
  private static final Pattern HASH = Pattern.compile("[0-9A-Fa-f]{32}");
  private static final Pattern EXTRA = Pattern.compile("[A-Za-z]+=.*");

  private Ed2kLinks() {}

  static OfflineUrl parse(String link) {
    String rest = link.substring("ed2k:".length());
    if (!rest.startsWith("//|")) {
      throw Rejections.invalid("an ed2k link must start with ed2k://|file|");
    }
    rest = rest.substring(2);
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    if (rest.length() < 2 || !rest.endsWith("|")) {
      throw Rejections.invalid("an ed2k link must end with |/");
    }
    String[] parts = rest.substring(1, rest.length() - 1).split("\\|", -1);
    if (!parts[0].equalsIgnoreCase("file")) {
      throw Rejections.invalid("only ed2k file links (ed2k://|file|...) are supported");
    }
    if (parts.length < 4) {
      throw Rejections.invalid("an ed2k file link needs a name, a size and a hash");
    }
    String name;
    try {
      name = PercentDecoder.decode(parts[1], false);
    } catch (IllegalArgumentException e) {
      throw Rejections.invalid("the ed2k file name is badly encoded");
    }
    if (name.isEmpty()) {
      throw Rejections.invalid("the ed2k file name is empty");
    }
    long size;
    try {
      if (!SIZE.matcher(parts[2]).matches()) {
        throw new NumberFormatException();
      }
      size = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      throw Rejections.invalid("the ed2k size must be a decimal number of bytes");
    }
    if (!HASH.matcher(parts[3]).matches()) {
      throw Rejections.invalid("the ed2k hash must be 32 hexadecimal characters");
    }
    for (int i = 4; i < parts.length; i++) {
      if (!EXTRA.matcher(parts[i]).matches()) {
        throw Rejections.invalid("an ed2k link has an unexpected part after the hash");
      }
    }
    return OfflineUrl.ed2k(link, name, size, parts[3].toUpperCase(Locale.ROOT));
  }
}
