package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Storage quota ({@code quota} of {@code GET /drive/v1/about}, protocol §5.7). The numbers are
 * int-strings on the wire; sizes are in bytes.
 *
 * @param limit the storage limit in bytes
 * @param usage the bytes used
 * @param usageInTrash the bytes used by the trash
 * @param isUnlimited whether the storage is unlimited
 * @param playTimesLimit the play-times limit, {@code 0} when absent
 * @param playTimesUsage the play times used, {@code 0} when absent
 */
public record Quota(
    long limit,
    long usage,
    @Json(name = "usage_in_trash") long usageInTrash,
    @Json(name = "is_unlimited") boolean isUnlimited,
    @Json(name = "play_times_limit") long playTimesLimit,
    @Json(name = "play_times_usage") long playTimesUsage) {

  /** An empty quota (all zero), used when the server sends none. */
  public static final Quota EMPTY = new Quota(0, 0, 0, false);

  /**
   * Creates a quota with the main fields.
   *
   * @param limit the storage limit in bytes
   * @param usage the bytes used
   * @param usageInTrash the bytes used by the trash
   * @param isUnlimited whether the storage is unlimited
   */
  public Quota(long limit, long usage, long usageInTrash, boolean isUnlimited) {
    this(limit, usage, usageInTrash, isUnlimited, 0, 0);
  }
}
