package io.github.pikpak4j.offline;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses {@code magnet:?} links; only BitTorrent v1 info hashes ({@code urn:btih:}) count. */
final class MagnetLinks {
  private static final String BTIH = "urn:btih:";
  private static final Pattern HEX40 = Pattern.compile("[0-9A-Fa-f]{40}");
  private static final Pattern BASE32_32 = Pattern.compile("[A-Za-z2-7]{32}");
  private static final Pattern XT_KEY = Pattern.compile("xt(\\.[0-9]+)?");

  private MagnetLinks() {}

  static OfflineUrl parse(String link) {
    if (link.length() < "magnet:?".length() || link.charAt("magnet:".length()) != '?') {
      throw Rejections.invalid("a magnet link must start with magnet:?");
    }
    String query = link.substring("magnet:?".length());
    @Nullable String infoHash = null;
    @Nullable String otherTopic = null;
    @Nullable String displayName = null;
    List<String> trackers = new ArrayList<>();
    for (String param : query.split("&")) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = decode(eq < 0 ? "" : param.substring(eq + 1), key);
      if (XT_KEY.matcher(key).matches()) {
        if (value.regionMatches(true, 0, BTIH, 0, BTIH.length())) {
          String hash = normalizeInfoHash(value.substring(BTIH.length()));
          if (infoHash != null && !infoHash.equals(hash)) {
            throw Rejections.invalid("the magnet link names two different info hashes");
          }
          infoHash = hash;
        } else if (otherTopic == null) {
          otherTopic = value;
        }
      } else if (key.equals("dn") && displayName == null && !value.isEmpty()) {
        displayName = value;
      } else if (key.equals("tr") && !value.isEmpty()) {
        trackers.add(value);
      }
    }
    if (infoHash == null) {
      if (otherTopic != null) {
        throw Rejections.invalid(
            "the magnet exact topic "
                + describeTopic(otherTopic)
                + " is not supported, only xt=urn:btih: (BitTorrent info hash) is");
      }
      throw Rejections.invalid("the magnet link has no xt=urn:btih: info hash");
    }
    return OfflineUrl.magnet(link, infoHash, displayName, trackers);
  }

  private static String decode(String value, String key) {
    try {
      return PercentDecoder.decode(value, true);
    } catch (IllegalArgumentException e) {
      throw Rejections.invalid("the magnet parameter '" + safeKey(key) + "' is badly encoded");
    }
  }

  /** Returns the 40 lower-case hexadecimal characters of a hex or base32 info hash. */
  private static String normalizeInfoHash(String hash) {
    if (HEX40.matcher(hash).matches()) {
      return hash.toLowerCase(Locale.ROOT);
    }
    if (BASE32_32.matcher(hash).matches()) {
      return HexFormat.of().formatHex(base32(hash.toUpperCase(Locale.ROOT)));
    }
    throw Rejections.invalid(
        "the magnet info hash must be 40 hexadecimal or 32 base32 characters (got "
            + hash.length()
            + " characters)");
  }

  /** RFC 4648 base32 without padding; 32 characters give exactly 20 bytes. */
  private static byte[] base32(String s) {
    byte[] out = new byte[s.length() * 5 / 8];
    long buffer = 0;
    int bits = 0;
    int index = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = c >= 'A' && c <= 'Z' ? c - 'A' : c - '2' + 26;
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out[index++] = (byte) (buffer >>> bits);
      }
    }
    return out;
  }

  /**
   * Names the urn namespace of an unsupported topic, e.g. {@code urn:btmh}, never the whole value.
   */
  private static String describeTopic(String topic) {
    String[] parts = topic.split(":", 3);
    if (parts.length >= 2
        && parts[0].equalsIgnoreCase("urn")
        && parts[1].matches("[A-Za-z0-9]{1,16}")) {
      return "urn:" + parts[1].toLowerCase(Locale.ROOT);
    }
    return "'" + (topic.length() > 16 ? topic.substring(0, 16) + "..." : topic) + "'";
  }

  private static String safeKey(String key) {
    return key.length() > 16 ? key.substring(0, 16) + "..." : key;
  }
}
