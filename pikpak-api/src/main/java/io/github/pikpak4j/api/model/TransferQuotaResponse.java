package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /vip/v1/quantity/list?type=transfer} (field names from pikpak-kotlin {@code TransferQuota} and
 * a TypeScript port of PikPakAPI; the two agree on {@code base} and its allowances). Only {@code base} is read.
 *
 * @param base the account's allowances, or {@code null} when absent
 */
public record TransferQuotaResponse(@Nullable TransferBase base) {

  /**
   * The account's allowances ({@code base}).
   *
   * @param offline offline (cloud) downloads, or {@code null}
   * @param download downloads, or {@code null}
   * @param upload uploads (instant copies count too, pikpak-kotlin), or {@code null}
   */
  public record TransferBase(
      @Nullable TransferAllowance offline,
      @Nullable TransferAllowance download,
      @Nullable TransferAllowance upload) {}

  /**
   * One allowance.
   *
   * @param totalAssets the monthly total, in bytes (not confirmed by a peer's comment; pikpak-kotlin and the
   *     TypeScript port both call it the total)
   * @param assets the amount used, in the same unit
   */
  public record TransferAllowance(
      @Json(name = "total_assets") long totalAssets, long assets) {}
}
