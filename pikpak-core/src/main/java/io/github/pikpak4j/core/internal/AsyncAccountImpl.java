package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.UserApi;
import io.github.pikpak4j.api.model.About;
import io.github.pikpak4j.api.model.UserInfo;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;
import io.github.pikpak4j.core.async.AsyncAccount;
import java.util.concurrent.CompletableFuture;

/** The account calls, each written once in its async form; the blocking {@link AccountImpl} joins them. */
public final class AsyncAccountImpl implements AsyncAccount {
  private final UserApi user;
  private final DriveApi drive;
  private final ApiExecutor executor;

  /**
   * Creates the implementation.
   *
   * @param user the Retrofit user API (authenticated client)
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies (waits scheduled)
   */
  public AsyncAccountImpl(UserApi user, DriveApi drive, ApiExecutor executor) {
    this.user = user;
    this.drive = drive;
    this.executor = executor;
  }

  @Override
  public CompletableFuture<UserProfile> user() {
    return Futures.call(() -> executor.executeAsync(user.me()).thenApply(AsyncAccountImpl::toProfile));
  }

  @Override
  public CompletableFuture<StorageQuota> quota() {
    return Futures.call(() -> executor.executeAsync(drive.about()).thenApply(AsyncAccountImpl::toQuota));
  }

  /** Maps {@code GET /v1/user/me}. */
  static UserProfile toProfile(UserInfo info) {
    return new UserProfile(info.sub(), info.name(), info.email(), info.phoneNumber());
  }

  /** Maps {@code GET /drive/v1/about}. */
  static StorageQuota toQuota(About about) {
    return new StorageQuota(
        about.quota().limit(), about.quota().usage(), about.quota().usageInTrash(), about.quota().isUnlimited());
  }
}
