package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.async.AsyncMembership;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The async {@link AsyncMembership}: the {@link MembershipOperations} run by {@link ApiOperation#executeAsync}. */
public final class AsyncMembershipImpl implements AsyncMembership {
  private final MembershipOperations ops;
  private final ApiExecutor executor;

  /**
   * Creates the view.
   *
   * @param ops the operations
   * @param executor runs every call under the client's policies (waits scheduled)
   */
  public AsyncMembershipImpl(MembershipOperations ops, ApiExecutor executor) {
    this.ops = ops;
    this.executor = executor;
  }

  @Override
  public CompletableFuture<VipStatus> vip() {
    return ops.vip().executeAsync(executor);
  }

  @Override
  public CompletableFuture<TransferQuota> transferQuota() {
    return ops.transferQuota().executeAsync(executor);
  }

  @Override
  public CompletableFuture<Page<DriveEvent>> events(@Nullable String pageToken) {
    return ops.events(pageToken).executeAsync(executor);
  }
}
