package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A PikPak device id: exactly 32 lowercase hexadecimal characters. It is sent as {@code X-Device-Id}, inside captcha
 * init and {@code captcha_sign}, and in the Android User-Agent.
 *
 * <pre>{@code
 * DeviceId id = DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2");
 * DeviceId fresh = DeviceId.random();
 * DeviceId stable = DeviceId.derived("user@example.com"); // md5hex(username)
 * }</pre>
 *
 * <p>{@link PikPakAuth} chooses the device id in this order: the one supplied to its builder, else the one persisted
 * in the stored {@link Session}, else {@link #derived(String)} from the username when one is known, else {@link
 * #random()}; the chosen id is then persisted with the session and never rotated.
 */
public final class DeviceId {
  private static final Pattern VALID = Pattern.compile("[0-9a-f]{32}");
  private static final String TEMPLATE = "xxxxxxxxxxxx4xxxyxxxxxxxxxxxxxxx";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private DeviceId(String value) {
    this.value = value;
  }

  /**
   * Validates and wraps a device id.
   *
   * @param value 32 lowercase hex characters
   * @return the device id
   * @throws InvalidInputException if the value is not 32 lowercase hex characters
   */
  public static DeviceId of(String value) {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidInputException(
          "A device id must be exactly 32 lowercase hexadecimal characters (0-9, a-f), got "
              + (value == null ? "null" : value.length() + " characters"));
    }
    return new DeviceId(value);
  }

  /**
   * Whether a text is a valid device id.
   *
   * @param value any text, or null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(@Nullable String value) {
    return value != null && VALID.matcher(value).matches();
  }

  /**
   * A new random device id from the web app's template {@code xxxxxxxxxxxx4xxxyxxxxxxxxxxxxxxx} ({@code x} a random
   * hex digit, {@code y} one of {@code 8 9 a b}), drawn from a {@link SecureRandom}.
   *
   * @return a fresh device id
   */
  public static DeviceId random() {
    return random(RANDOM);
  }

  /**
   * A random device id from the web template, drawn from the given source (for reproducible tests).
   *
   * @param random the source of randomness
   * @return a device id
   */
  public static DeviceId random(Random random) {
    StringBuilder sb = new StringBuilder(32);
    for (char c : TEMPLATE.toCharArray()) {
      if (c == 'x') {
        sb.append(Character.forDigit(random.nextInt(16), 16));
      } else if (c == 'y') {
        sb.append(Character.forDigit(8 + random.nextInt(4), 16));
      } else {
        sb.append(c);
      }
    }
    return new DeviceId(sb.toString());
  }

  /**
   * A device id derived from the username: {@code md5hex(username)}, as pikpakcli and pikpak-kotlin do. Unlike AList's
   * {@code md5hex(username + password)} it survives a password change, and unlike a random id it is the same on every
   * machine and after the session file is lost, so PikPak sees one stable device per account.
   *
   * @param username the account name (email, phone number or user name), used as given
   * @return the derived device id
   */
  public static DeviceId derived(String username) {
    return new DeviceId(Hashes.md5Hex(username));
  }

  /**
   * The 32 lowercase hex characters.
   *
   * @return the id
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceId && ((DeviceId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id itself (a device id is not a secret). */
  @Override
  public String toString() {
    return value;
  }
}
