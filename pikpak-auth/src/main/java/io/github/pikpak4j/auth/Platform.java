package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The PikPak client platform a {@link ClientProfile} imitates.
 *
 * <pre>{@code
 * Platform p = Platform.parse("web"); // Platform.WEB
 * }</pre>
 */
public enum Platform {
  /** The Android app (package {@code com.pikcloud.pikpak}); its User-Agent is built from tokens. */
  ANDROID,
  /** The web app at {@code mypikpak.com}. */
  WEB,
  /** The Windows desktop (Electron) app. */
  PC;

  /**
   * Parses a platform name, ignoring case and surrounding blanks.
   *
   * @param name {@code android}, {@code web} or {@code pc} in any case
   * @return the platform
   * @throws InvalidInputException if the name is not one of the above
   */
  public static Platform parse(String name) {
    String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (Platform p : values()) {
      if (p.name().equals(wanted)) {
        return p;
      }
    }
    throw new InvalidInputException(
        "Unknown platform '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(Platform::lowerName).collect(Collectors.joining(", ")));
  }

  /**
   * The lower-case name, as accepted by {@link #parse(String)}.
   *
   * @return e.g. {@code "android"}
   */
  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
