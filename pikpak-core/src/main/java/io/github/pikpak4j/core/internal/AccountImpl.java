package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.UserApi;
import io.github.pikpak4j.api.model.About;
import io.github.pikpak4j.api.model.UserInfo;
import io.github.pikpak4j.core.account.Account;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;

/** The {@link Account} implementation. */
public final class AccountImpl implements Account {
  private final UserApi user;
  private final DriveApi drive;
  private final ApiExecutor executor;

  /**
   * Creates the implementation.
   *
   * @param user the Retrofit user API (authenticated client)
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies
   */
  public AccountImpl(UserApi user, DriveApi drive, ApiExecutor executor) {
    this.user = user;
    this.drive = drive;
    this.executor = executor;
  }

  @Override
  public UserProfile user() {
    return toProfile(executor.execute(user.me()));
  }

  @Override
  public StorageQuota quota() {
    return toQuota(executor.execute(drive.about()));
  }

  /** Maps {@code GET /v1/user/me}; shared with the async view. */
  static UserProfile toProfile(UserInfo info) {
    return new UserProfile(info.sub(), info.name(), info.email(), info.phoneNumber());
  }

  /** Maps {@code GET /drive/v1/about}; shared with the async view. */
  static StorageQuota toQuota(About about) {
    return new StorageQuota(
        about.quota().limit(), about.quota().usage(), about.quota().usageInTrash(), about.quota().isUnlimited());
  }
}
