package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.async.AsyncMembership;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.Membership;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import org.jspecify.annotations.Nullable;

/** The blocking {@link Membership}: each call joins its one async implementation in {@link AsyncMembershipImpl}. */
public final class MembershipImpl implements Membership {
  private final AsyncMembership async;

  /**
   * Creates the view.
   *
   * @param async the async implementation
   */
  public MembershipImpl(AsyncMembership async) {
    this.async = async;
  }

  @Override
  public VipStatus vip() {
    return Joins.join(async.vip());
  }

  @Override
  public TransferQuota transferQuota() {
    return Joins.join(async.transferQuota());
  }

  @Override
  public Page<DriveEvent> events(@Nullable String pageToken) {
    return Joins.join(async.events(pageToken));
  }
}
