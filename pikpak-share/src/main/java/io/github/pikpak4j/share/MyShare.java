package io.github.pikpak4j.share;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One of the user's own shares, from {@link Shares#mine()}. {@code toString()} never shows the
 * pass code.
 *
 * @param shareId the share id
 * @param url the share URL (without the pass code)
 * @param title the name of the first shared item
 * @param status the share's status ({@link ShareStatus#DELETED} once its files are gone)
 * @param fileCount the number of shared items
 * @param passCode the pass code, or {@code null} for a public share
 * @param expirationDays the validity in days, {@code -1} for never
 * @param viewCount how often the share was viewed
 * @param restoreCount how often it was saved by others
 * @param createTime when it was created (RFC 3339 text), {@code ""} when unknown
 */
public record MyShare(
    String shareId,
    String url,
    String title,
    ShareStatus status,
    long fileCount,
    @Nullable String passCode,
    long expirationDays,
    long viewCount,
    long restoreCount,
    String createTime) {

  /**
   * Returns the pass code.
   *
   * @return the code, or empty for a public share
   */
  public Optional<String> passCodeValue() {
    return Optional.ofNullable(passCode);
  }

  /**
   * Returns the validity.
   *
   * @return the days, or empty for a share that never expires
   */
  public OptionalLong expiresInDays() {
    return expirationDays < 0 ? OptionalLong.empty() : OptionalLong.of(expirationDays);
  }

  /** Returns a description with the pass code masked. */
  @Override
  public String toString() {
    return "MyShare[shareId=" + shareId + ", url=" + url + ", title=" + title + ", status="
        + status + ", fileCount=" + fileCount + ", passCode=" + (passCode == null ? "none" : "***")
        + ", expirationDays=" + expirationDays + "]";
  }
}
