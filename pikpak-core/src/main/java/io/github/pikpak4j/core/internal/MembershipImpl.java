package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.Membership;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import org.jspecify.annotations.Nullable;

/** The blocking {@link Membership}: the {@link MembershipOperations} run by {@link ApiOperation#execute}. */
public final class MembershipImpl implements Membership {
  private final MembershipOperations ops;
  private final ApiExecutor executor;

  /**
   * Creates the view.
   *
   * @param ops the operations
   * @param executor runs every call under the client's policies
   */
  public MembershipImpl(MembershipOperations ops, ApiExecutor executor) {
    this.ops = ops;
    this.executor = executor;
  }

  @Override
  public VipStatus vip() {
    return ops.vip().execute(executor);
  }

  @Override
  public TransferQuota transferQuota() {
    return ops.transferQuota().execute(executor);
  }

  @Override
  public Page<DriveEvent> events(@Nullable String pageToken) {
    return ops.events(pageToken).execute(executor);
  }
}
