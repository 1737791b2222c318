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
    UserInfo info = executor.execute(user.me());
    return new UserProfile(info.sub(), info.name(), info.email(), info.phoneNumber());
  }

  @Override
  public StorageQuota quota() {
    About about = executor.execute(drive.about());
    return new StorageQuota(
        about.quota().limit(), about.quota().usage(), about.quota().usageInTrash(), about.quota().isUnlimited());
  }
}
