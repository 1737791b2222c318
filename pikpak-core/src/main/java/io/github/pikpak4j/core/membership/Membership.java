package io.github.pikpak4j.core.membership;

import io.github.pikpak4j.api.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in account's membership and activity. Obtain it from {@code PikPakClient.membership()}; the async twin
 * is {@code PikPakClientAsync.membership()}.
 *
 * <pre>{@code
 * VipStatus vip = client.membership().vip();
 * TransferQuota q = client.membership().transferQuota();
 * Page<DriveEvent> recent = client.membership().events(null);
 * }</pre>
 *
 * <p>Every call throws the {@link io.github.pikpak4j.api.PikPakException} subtypes of the client's other calls.
 */
public interface Membership {
  /** The page size asked of {@link #events}: 100, the most the server serves (pikpak-kotlin). */
  int EVENTS_PAGE_SIZE = 100;

  /**
   * Fetches the VIP status ({@code GET /drive/v1/privilege/vip}).
   *
   * @return the status
   */
  VipStatus vip();

  /**
   * Fetches the monthly transfer quota ({@code GET /vip/v1/quantity/list?type=transfer&limit=200}).
   *
   * @return the quota
   */
  TransferQuota transferQuota();

  /**
   * Fetches one page of recent events ({@code GET /drive/v1/events}), newest first, {@value #EVENTS_PAGE_SIZE} a page.
   *
   * @param pageToken the previous page's {@link Page#nextPageToken()}, or null for the first page
   * @return the page
   */
  Page<DriveEvent> events(@Nullable String pageToken);
}
