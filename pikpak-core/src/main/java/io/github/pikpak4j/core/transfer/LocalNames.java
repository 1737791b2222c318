package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.InvalidResponseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place where a name chosen by the server (a drive entry's or a shared file's name) becomes a local file
 * name. A remote name is untrusted input: PikPak accepts names that no local file system should take as they are
 * ({@code ../x}, {@code a/b}, names with control characters, 500-byte names), and a share carries names chosen by
 * strangers. Every download that names its target after a remote entry goes through here.
 *
 * <pre>{@code
 * Path target = LocalNames.resolveInside(Path.of("downloads"), link.fileName()); // downloads/<safe name>
 * }</pre>
 *
 * <p>The rules: {@code /} and {@code \} become {@code _}; control characters (including NUL, ESC, BEL and DEL)
 * become {@code _}; leading and trailing spaces are removed; the result is cut to {@value #MAX_BYTES} UTF-8 bytes
 * (the limit of common file systems), keeping a short extension; an empty result, {@code .} or {@code ..} is an
 * {@link InvalidResponseException}. Nothing here creates directories.
 */
public final class LocalNames {
  /** The longest local name produced, in UTF-8 bytes: {@value}. */
  public static final int MAX_BYTES = 255;

  private static final int MAX_KEPT_EXTENSION = 16;

  private LocalNames() {}

  /**
   * Turns a remote name into a safe single path component.
   *
   * @param remoteName the name as the server sent it
   * @return a name without separators or control characters, at most {@value #MAX_BYTES} UTF-8 bytes, never
   *     empty, {@code .} or {@code ..}
   * @throws InvalidResponseException when nothing usable is left of the name
   */
  public static String component(String remoteName) {
    StringBuilder safe = new StringBuilder(remoteName.length());
    remoteName.codePoints().forEach(c -> {
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        safe.append('_');
      } else {
        safe.appendCodePoint(c);
      }
    });
    String name = truncate(safe.toString().strip());
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidResponseException("the server's file name cannot be used as a local file name: "
          + (name.isEmpty() ? "(empty)" : name));
    }
    return name;
  }

  /**
   * Resolves a remote name inside a local directory, as a single component.
   *
   * @param directory the directory the user chose
   * @param remoteName the name as the server sent it
   * @return {@code directory} joined with {@link #component(String) component(remoteName)}
   * @throws InvalidResponseException when the name is unusable
   */
  public static Path resolveInside(Path directory, String remoteName) {
    return resolveInside(directory, List.of(remoteName));
  }

  /**
   * Resolves a remote path (a folder's names from the top of a download down to the file) inside a local
   * directory, each name as one component, and checks that the result stays inside the directory.
   *
   * @param directory the directory the user chose
   * @param remoteNames the remote names, outermost first; may be empty (the directory itself)
   * @return the local path below {@code directory}
   * @throws InvalidResponseException when a name is unusable
   */
  public static Path resolveInside(Path directory, List<String> remoteNames) {
    Path result = directory;
    for (String remoteName : remoteNames) {
      result = result.resolve(component(remoteName));
    }
    Path base = directory.toAbsolutePath().normalize();
    if (!result.toAbsolutePath().normalize().startsWith(base)) {
      // Unreachable with the rules above; kept so that a future change to them cannot open a hole silently.
      throw new InvalidResponseException("a remote name leads outside " + directory);
    }
    return result;
  }

  private static String truncate(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_KEPT_EXTENSION ? name.substring(dot) : "";
    int room = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder head = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length() - extension.length(); ) {
      int c = name.codePointAt(i);
      int bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (used + bytes > room) {
        break;
      }
      head.appendCodePoint(c);
      used += bytes;
      i += Character.charCount(c);
    }
    return head.toString().strip() + extension;
  }
}
