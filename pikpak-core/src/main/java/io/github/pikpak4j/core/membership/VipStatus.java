package io.github.pikpak4j.core.membership;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The account's membership ({@code GET /drive/v1/privilege/vip}).
 *
 * @param active whether the membership is active (the server's {@code status} is {@code ok})
 * @param type the membership type as PikPak names it ({@code novip}, {@code platinum}, ...); {@code ""} when absent
 * @param expires when the membership ends, or null for none
 */
public record VipStatus(boolean active, String type, @Nullable Instant expires) {
  /**
   * When the membership ends.
   *
   * @return the end, or empty for none
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expires);
  }
}
