package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /drive/v1/about} (protocol §5.7).
 *
 * @param quota the storage quota; {@link Quota#EMPTY} when absent
 * @param expiresAt when the subscription expires, or {@code null}
 * @param userType the user type, or {@code null}
 */
public record About(
    Quota quota,
    @Json(name = "expires_at") @Nullable Instant expiresAt,
    @Json(name = "user_type") @Nullable String userType) {

  /**
   * Normalises an absent quota to {@link Quota#EMPTY}.
   *
   * @param quota the storage quota; {@link Quota#EMPTY} when absent
   * @param expiresAt when the subscription expires, or {@code null}
   * @param userType the user type, or {@code null}
   */
  public About {
    if (quota == null) {
      quota = Quota.EMPTY;
    }
  }
}
