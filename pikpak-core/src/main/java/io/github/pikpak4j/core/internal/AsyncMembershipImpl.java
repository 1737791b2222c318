package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.MembershipApi;
import io.github.pikpak4j.api.model.DriveEventList;
import io.github.pikpak4j.api.model.TransferQuotaResponse;
import io.github.pikpak4j.api.model.VipResponse;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.async.AsyncMembership;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.Membership;
import io.github.pikpak4j.core.membership.TransferAllowance;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The membership calls, each written once in its async form; the blocking {@link MembershipImpl} joins them.
 */
public final class AsyncMembershipImpl implements AsyncMembership {
  private static final TransferAllowance NONE = new TransferAllowance(0, 0);

  private final MembershipApi api;
  private final ApiExecutor executor;

  /**
   * Creates the implementation.
   *
   * @param api the Retrofit membership API (authenticated drive client)
   * @param executor runs every call under the client's policies (waits scheduled)
   */
  public AsyncMembershipImpl(MembershipApi api, ApiExecutor executor) {
    this.api = api;
    this.executor = executor;
  }

  @Override
  public CompletableFuture<VipStatus> vip() {
    return Futures.call(() -> executor.executeAsync(api.vip()).thenApply(AsyncMembershipImpl::toVip));
  }

  @Override
  public CompletableFuture<TransferQuota> transferQuota() {
    return Futures.call(
        () -> executor.executeAsync(api.quantities("transfer", 200)).thenApply(AsyncMembershipImpl::toQuota));
  }

  @Override
  public CompletableFuture<Page<DriveEvent>> events(@Nullable String pageToken) {
    return Futures.call(
        () ->
            executor
                .executeAsync(api.events("SIZE_MEDIUM", Membership.EVENTS_PAGE_SIZE, pageToken))
                .thenApply(AsyncMembershipImpl::toEvents));
  }

  static VipStatus toVip(VipResponse r) {
    VipResponse.VipData d = r.data();
    if (d == null) {
      return new VipStatus(false, "", null);
    }
    return new VipStatus("ok".equalsIgnoreCase(d.status()), Objects.requireNonNullElse(d.type(), ""), d.expire());
  }

  static TransferQuota toQuota(TransferQuotaResponse r) {
    TransferQuotaResponse.TransferBase b = r.base();
    if (b == null) {
      return new TransferQuota(NONE, NONE, NONE);
    }
    return new TransferQuota(allowance(b.offline()), allowance(b.download()), allowance(b.upload()));
  }

  private static TransferAllowance allowance(TransferQuotaResponse.@Nullable TransferAllowance a) {
    return a == null ? NONE : new TransferAllowance(a.totalAssets(), a.assets());
  }

  static Page<DriveEvent> toEvents(DriveEventList list) {
    List<DriveEvent> events =
        list.events().stream()
            .map(
                e ->
                    new DriveEvent(
                        str(e.id()), str(e.type()), str(e.fileId()), str(e.fileName()), str(e.folderId()),
                        e.updatedTime()))
            .toList();
    String next = list.nextPageToken();
    return new Page<>(events, next == null || next.isEmpty() ? null : next);
  }

  private static String str(@Nullable String s) {
    return s == null ? "" : s;
  }
}
