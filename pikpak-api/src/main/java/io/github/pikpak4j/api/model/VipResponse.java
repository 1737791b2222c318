package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /drive/v1/privilege/vip} (rclone {@code backend/pikpak/api/types.go} {@code VIP}; PikPakAPI).
 *
 * @param result {@code ACCEPTED} on success, or {@code null}
 * @param data the membership, or {@code null} when absent
 */
public record VipResponse(@Nullable String result, @Nullable VipData data) {

  /**
   * The membership ({@code data}).
   *
   * @param status {@code ok} for an active membership, {@code invalid} otherwise (rclone's comment), or {@code null}
   * @param type {@code novip}, {@code platinum}, ..., or {@code null}
   * @param expire when the membership ends, RFC 3339, or {@code null} for none (also when sent empty)
   * @param userId the user id ({@code sub}), or {@code null}
   */
  public record VipData(
      @Nullable String status,
      @Nullable String type,
      @Nullable Instant expire,
      @Json(name = "user_id") @Nullable String userId) {}
}
