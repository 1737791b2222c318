package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A username (email, phone number or user name) and password for password sign-in.
 *
 * <pre>{@code
 * Credentials c = Credentials.of("user@example.com", System.getenv("PIKPAK_PASSWORD"));
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} never shows the password.
 */
public final class Credentials {
  private final String username;
  private final String password;

  private Credentials(String username, String password) {
    this.username = username;
    this.password = password;
  }

  /**
   * Creates credentials.
   *
   * @param username the account name, not blank
   * @param password the password, not blank
   * @return the credentials
   * @throws InvalidInputException if either is null or blank
   */
  public static Credentials of(@Nullable String username, @Nullable String password) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("The username must not be blank");
    }
    if (password == null || password.isBlank()) {
      throw new InvalidInputException("The password must not be blank");
    }
    return new Credentials(username, password);
  }

  /**
   * The username.
   *
   * @return the username as given
   */
  public String username() {
    return username;
  }

  /**
   * The password.
   *
   * @return the password
   */
  public String password() {
    return password;
  }

  /** Shows the username only; the password is masked. */
  @Override
  public String toString() {
    return "Credentials{username=" + username + ", password=***}";
  }
}
