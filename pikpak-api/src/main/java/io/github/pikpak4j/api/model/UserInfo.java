package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET USER/v1/user/me} (protocol §3.7).
 *
 * @param sub the user id; required
 * @param name the display name, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phoneNumber the phone number, or {@code null}
 * @param password {@code "SET"} when the account has a password, or {@code null}
 * @param status the account status, or {@code null}
 * @param createdAt when the account was created, or {@code null}
 * @param passwordUpdatedAt when the password last changed, or {@code null}
 * @param picture the avatar URL, or {@code null}
 * @param providers linked third-party logins; empty when none
 */
public record UserInfo(
    @Required String sub,
    @Nullable String name,
    @Nullable String email,
    @Json(name = "phone_number") @Nullable String phoneNumber,
    @Nullable String password,
    @Nullable String status,
    @Json(name = "created_at") @Nullable Instant createdAt,
    @Json(name = "password_updated_at") @Nullable Instant passwordUpdatedAt,
    @Nullable String picture,
    List<UserProvider> providers) {

  /**
   * Normalises an absent {@code sub} to {@code ""} and absent providers to an empty list.
   *
   * @param sub the user id; required
   * @param name the display name, or {@code null}
   * @param email the e-mail address, or {@code null}
   * @param phoneNumber the phone number, or {@code null}
   * @param password {@code "SET"} when the account has a password, or {@code null}
   * @param status the account status, or {@code null}
   * @param createdAt when the account was created, or {@code null}
   * @param passwordUpdatedAt when the password last changed, or {@code null}
   * @param picture the avatar URL, or {@code null}
   * @param providers linked third-party logins; empty when none
   */
  public UserInfo {
    sub = Values.str(sub);
    providers = Values.list(providers);
  }

  /**
   * Creates a user info with only the main fields.
   *
   * @param sub the user id
   * @param name the display name, or {@code null}
   * @param email the e-mail address, or {@code null}
   * @param phoneNumber the phone number, or {@code null}
   */
  public UserInfo(
      String sub, @Nullable String name, @Nullable String email, @Nullable String phoneNumber) {
    this(sub, name, email, phoneNumber, null, null, null, null, null, List.of());
  }

  /**
   * Returns whether the account has a password (so password sign-in can work).
   *
   * @return {@code true} when {@code password} is {@code "SET"}
   */
  public boolean hasPassword() {
    return "SET".equalsIgnoreCase(password);
  }
}
