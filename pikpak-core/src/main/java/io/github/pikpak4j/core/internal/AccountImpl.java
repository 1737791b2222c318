package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.account.Account;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;
import io.github.pikpak4j.core.async.AsyncAccount;

/** The blocking {@link Account}: each call joins its one async implementation in {@link AsyncAccountImpl}. */
public final class AccountImpl implements Account {
  private final AsyncAccount async;

  /**
   * Creates the view.
   *
   * @param async the async implementation
   */
  public AccountImpl(AsyncAccount async) {
    this.async = async;
  }

  @Override
  public UserProfile user() {
    return Joins.join(async.user());
  }

  @Override
  public StorageQuota quota() {
    return Joins.join(async.quota());
  }
}
