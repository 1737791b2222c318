package io.github.pikpak4j.core.membership;

/**
 * One monthly transfer allowance.
 *
 * @param total the monthly total, in bytes as far as the peers tell (no peer states the unit outright)
 * @param used the amount used this month, in the same unit
 */
public record TransferAllowance(long total, long used) {
  /**
   * The amount left this month, never below zero.
   *
   * @return {@code total - used}, at least 0
   */
  public long remaining() {
    return Math.max(0, total - used);
  }
}
