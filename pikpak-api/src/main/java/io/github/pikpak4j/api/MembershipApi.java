package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.DriveEventList;
import io.github.pikpak4j.api.model.TransferQuotaResponse;
import io.github.pikpak4j.api.model.VipResponse;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Membership and activity calls on the drive host: VIP status, the monthly transfer quota and the recent events.
 * Every path is the one PikPakAPI (Python, v0.1.11) calls; field names are in the model records.
 */
public interface MembershipApi {
  /**
   * {@code GET /drive/v1/privilege/vip}: the VIP status (rclone {@code api.VIP}, PikPakAPI {@code vip_info}).
   *
   * @return the call
   */
  @GET("drive/v1/privilege/vip")
  Call<VipResponse> vip();

  /**
   * {@code GET /vip/v1/quantity/list?type=transfer&limit=200}: the monthly transfer quota (PikPakAPI {@code
   * get_transfer_quota}; {@code limit=200} from pikpak-kotlin and pikpakapi-go).
   *
   * @param type always {@code transfer}
   * @param limit always 200
   * @return the call
   */
  @GET("vip/v1/quantity/list")
  Call<TransferQuotaResponse> quantities(@Query("type") String type, @Query("limit") int limit);

  /**
   * {@code GET /drive/v1/events}: recent events (uploads, adds, plays), newest first (PikPakAPI {@code events},
   * pikpak-kotlin {@code listEvents}).
   *
   * @param thumbnailSize {@code SIZE_MEDIUM}
   * @param limit the page size; the server serves at most 100 (pikpak-kotlin)
   * @param pageToken the page token of the previous page, or null for the first
   * @return the call
   */
  @GET("drive/v1/events")
  Call<DriveEventList> events(
      @Query("thumbnail_size") String thumbnailSize,
      @Query("limit") int limit,
      @Query("page_token") @Nullable String pageToken);
}
