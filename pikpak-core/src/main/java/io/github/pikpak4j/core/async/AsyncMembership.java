package io.github.pikpak4j.core.async;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.membership.Membership}; each future fails as the blocking
 * call throws.
 */
public interface AsyncMembership {
  /**
   * Fetches the VIP status.
   *
   * @return the status
   */
  CompletableFuture<VipStatus> vip();

  /**
   * Fetches the monthly transfer quota.
   *
   * @return the quota
   */
  CompletableFuture<TransferQuota> transferQuota();

  /**
   * Fetches one page of recent events, newest first.
   *
   * @param pageToken the previous page's token, or null for the first page
   * @return the page
   */
  CompletableFuture<Page<DriveEvent>> events(@Nullable String pageToken);
}
