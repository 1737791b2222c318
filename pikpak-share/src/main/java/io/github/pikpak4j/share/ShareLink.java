package io.github.pikpak4j.share;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakDomain;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A PikPak share link: the share id, an optional sub-folder id and an optional pass code, validated
 * before any request is sent.
 *
 * <pre>{@code
 * ShareLink link = ShareLink.parse("https://mypikpak.com/s/VNabc123/VNdef456?pwd=1234");
 * link.shareId();   // "VNabc123"
 * link.folderId();  // Optional["VNdef456"]  (use as parent_id when listing)
 * link.passCode();  // Optional["1234"]      (never shown by toString())
 * link.url();       // "https://mypikpak.com/s/VNabc123/VNdef456"
 * }</pre>
 *
 * <p>Accepted forms (surrounding whitespace is ignored):
 *
 * <ul>
 *   <li>{@code https://<host>/s/<share_id>}, optionally followed by {@code /<folder_id>}, a
 *       trailing {@code /} and a query with {@code pwd=<pass code>}. The host is one of the PikPak
 *       roots ({@code mypikpak.com}, {@code mypikpak.net}, {@code pikpak.me}, {@code
 *       pikpakdrive.com}; see {@link PikPakDomain}), with or without {@code www.}, in any case.
 *       {@code http://} and a missing scheme are tolerated; other query parameters and a fragment
 *       are ignored.
 *   <li>A bare share id.
 * </ul>
 *
 * <p>Ids are {@value #MIN_ID_LENGTH} to {@value #MAX_ID_LENGTH} letters, digits, {@code _} or
 * {@code -}. A pass code is 1 to {@value #MAX_PASS_CODE_LENGTH} characters without whitespace.
 * Anything else (another host, another path, a missing id, extra path segments) is rejected with an
 * {@link InvalidInputException} whose message shows the accepted forms; messages never repeat the
 * input, which may hold the pass code.
 *
 * <p>Instances are immutable value objects; {@link #toString()} never reveals the pass code.
 */
public final class ShareLink {
  /** The shortest accepted share or folder id, in characters (4). */
  public static final int MIN_ID_LENGTH = 4;

  /** The longest accepted share or folder id, in characters (64). */
  public static final int MAX_ID_LENGTH = 64;

  /** The longest accepted pass code, in characters (64). */
  public static final int MAX_PASS_CODE_LENGTH = 64;

  private static final String CANONICAL_PREFIX = "https://mypikpak.com/s/";
  private static final Pattern ID =
      Pattern.compile("[A-Za-z0-9_-]{" + MIN_ID_LENGTH + "," + MAX_ID_LENGTH + "}");
  private static final Pattern SCHEME = Pattern.compile("(?i)(https?)://");
  private static final String ACCEPTED =
      "Accepted: https://mypikpak.com/s/<share_id>[/<folder_id>][?pwd=<pass code>]"
          + " (also on mypikpak.net, pikpak.me and pikpakdrive.com, with or without www.),"
          + " or a bare share id ("
          + MIN_ID_LENGTH
          + " to "
          + MAX_ID_LENGTH
          + " letters, digits, _ or -).";

  private final String shareId;
  private final @Nullable String folderId;
  private final @Nullable String passCode;

  private ShareLink(String shareId, @Nullable String folderId, @Nullable String passCode) {
    this.shareId = shareId;
    this.folderId = folderId;
    this.passCode = passCode;
  }

  /**
   * Parses a share URL or a bare share id.
   *
   * @param link the link as the user gave it
   * @return the validated link
   * @throws InvalidInputException if it is not one of the accepted forms; the message shows them
   */
  public static ShareLink parse(String link) {
    Objects.requireNonNull(link, "link");
    String s = link.strip();
    if (s.isEmpty()) {
      throw invalid("the link is empty");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        throw invalid("the link contains whitespace or control characters");
      }
    }
    if (s.indexOf('/') < 0 && s.indexOf(':') < 0 && s.indexOf('?') < 0 && s.indexOf('.') < 0) {
      return new ShareLink(checkId(s, "share id"), null, null);
    }
    return parseUrl(s);
  }

  private static ShareLink parseUrl(String s) {
    String rest = s;
    var scheme = SCHEME.matcher(rest);
    if (scheme.lookingAt()) {
      rest = rest.substring(scheme.end());
    } else if (rest.contains("://") || rest.regionMatches(true, 0, "http", 0, 4)) {
      throw invalid("only https:// (or http://) share links are accepted");
    }
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int question = rest.indexOf('?');
    String query = question < 0 ? "" : rest.substring(question + 1);
    String hostAndPath = question < 0 ? rest : rest.substring(0, question);
    int slash = hostAndPath.indexOf('/');
    String host = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
    String path = slash < 0 ? "" : hostAndPath.substring(slash);
    checkHost(host);

    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String[] segments = path.split("/", -1);
    // segments[0] is the empty string before the leading slash.
    if (segments.length < 2 || !segments[1].equals("s")) {
      throw invalid("the path must start with /s/<share_id>");
    }
    if (segments.length < 3 || segments[2].isEmpty()) {
      throw invalid("the link has no share id after /s/");
    }
    if (segments.length > 4) {
      throw invalid("the link has path segments after /s/<share_id>/<folder_id>");
    }
    String shareId = checkId(segments[2], "share id");
    String folderId = segments.length == 4 ? checkId(segments[3], "folder id") : null;
    return new ShareLink(shareId, folderId, passCodeFromQuery(query));
  }

  private static void checkHost(String host) {
    if (host.isEmpty()) {
      throw invalid("the link has no host");
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    if (h.isEmpty() || h.startsWith(".") || PikPakDomain.ofRoot(h).isEmpty()) {
      throw invalid("the host is not a PikPak share host");
    }
  }

  private static @Nullable String passCodeFromQuery(String query) {
    for (String param : query.split("&")) {
      int eq = param.indexOf('=');
      String key = eq < 0 ? param : param.substring(0, eq);
      if (key.equals("pwd")) {
        String raw = eq < 0 ? "" : param.substring(eq + 1);
        String code;
        try {
          code = percentDecode(raw);
        } catch (IllegalArgumentException | CharacterCodingException e) {
          throw invalid("the pass code is badly encoded");
        }
        return code.isEmpty() ? null : checkPassCode(code);
      }
    }
    return null;
  }

  /** Strict UTF-8 percent-decoding; {@code +} stays a plus sign. */
  private static String percentDecode(String s) throws CharacterCodingException {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("malformed percent escape");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        int next = s.indexOf('%', i);
        int end = next < 0 ? s.length() : next;
        byte[] encoded = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i = end - 1;
      }
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes.toByteArray()))
        .toString();
  }

  private static String checkId(String id, String what) {
    if (!ID.matcher(id).matches()) {
      throw invalid(
          "the "
              + what
              + " must be "
              + MIN_ID_LENGTH
              + " to "
              + MAX_ID_LENGTH
              + " letters, digits, _ or -");
    }
    return id;
  }

  private static String checkPassCode(String code) {
    if (code.isEmpty() || code.length() > MAX_PASS_CODE_LENGTH) {
      throw invalid("the pass code must be 1 to " + MAX_PASS_CODE_LENGTH + " characters");
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        throw invalid("the pass code contains whitespace or control characters");
      }
    }
    return code;
  }

  private static InvalidInputException invalid(String reason) {
    return new InvalidInputException("Not a PikPak share link: " + reason + ". " + ACCEPTED);
  }

  /**
   * Returns the share id.
   *
   * @return the share id, as given (ids are case-sensitive)
   */
  public String shareId() {
    return shareId;
  }

  /**
   * Returns the sub-folder the link points into, to be used as {@code parent_id} when listing.
   *
   * @return the folder id, or empty for the share's root
   */
  public Optional<String> folderId() {
    return Optional.ofNullable(folderId);
  }

  /**
   * Returns the pass code from the link's {@code pwd} parameter or {@link #withPassCode(String)}.
   *
   * @return the pass code, or empty when none is known
   */
  public Optional<String> passCode() {
    return Optional.ofNullable(passCode);
  }

  /**
   * Returns a copy with the given pass code (replacing any previous one).
   *
   * @param passCode the pass code, 1 to {@value #MAX_PASS_CODE_LENGTH} characters without
   *     whitespace
   * @return the new link
   * @throws InvalidInputException if the pass code is empty, too long or contains whitespace
   */
  public ShareLink withPassCode(String passCode) {
    Objects.requireNonNull(passCode, "passCode");
    return new ShareLink(shareId, folderId, checkPassCode(passCode));
  }

  /**
   * Returns a copy without a pass code.
   *
   * @return the new link, or this one if it has no pass code
   */
  public ShareLink withoutPassCode() {
    return passCode == null ? this : new ShareLink(shareId, folderId, null);
  }

  /**
   * Returns the canonical URL, {@code https://mypikpak.com/s/<share_id>[/<folder_id>]}, without the
   * pass code.
   *
   * @return the canonical URL
   */
  public String url() {
    return folderId == null
        ? CANONICAL_PREFIX + shareId
        : CANONICAL_PREFIX + shareId + "/" + folderId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ShareLink)) {
      return false;
    }
    ShareLink other = (ShareLink) o;
    return shareId.equals(other.shareId)
        && Objects.equals(folderId, other.folderId)
        && Objects.equals(passCode, other.passCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shareId, folderId, passCode);
  }

  /**
   * Returns the canonical URL and whether a pass code is known, never the pass code itself, for
   * example {@code ShareLink[https://mypikpak.com/s/VNabc123, pass code: set]}.
   *
   * @return a description safe to log
   */
  @Override
  public String toString() {
    return "ShareLink[" + url() + ", pass code: " + (passCode == null ? "none" : "set") + "]";
  }
}
