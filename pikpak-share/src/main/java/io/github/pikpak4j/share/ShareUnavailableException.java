package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.PikPakException;
import org.jspecify.annotations.Nullable;

/**
 * A share cannot be read: its {@code share_status} is not {@code OK} (protocol §9.3), or it is
 * region-blocked. Catch the subclasses to act on the reason:
 *
 * <ul>
 *   <li>{@link SharePassCodeException}: the pass code is missing or wrong;
 *   <li>{@link ShareGoneException}: deleted, expired or not found;
 *   <li>{@link ShareBlockedException}: under review, sensitive or prohibited content;
 *   <li>{@link ShareRegionBlockedException}: sharing is not available in the caller's region.
 * </ul>
 *
 * <p>The message is human text ending with {@code " [<share_status>]"}, for example {@code "the
 * pass code is wrong [PASS_CODE_ERROR]"}; {@link #error()} is the raw {@code share_status} and
 * {@link #description()} the server's {@code share_status_text}. It never holds the pass code.
 */
public class ShareUnavailableException extends PikPakException {
  /** The share that cannot be read. */
  private final String shareId;

  /** Why: the share's status. */
  private final ShareStatus status;

  /**
   * Creates the exception.
   *
   * @param message human text, free of secrets
   * @param shareId the share id
   * @param status the parsed status
   * @param context the raw status as {@code error}, the status text as {@code description}, and the
   *     endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public ShareUnavailableException(
      String message,
      String shareId,
      ShareStatus status,
      ErrorContext context,
      @Nullable Throwable cause) {
    super(message, context, cause);
    this.shareId = shareId;
    this.status = status;
  }

  /**
   * Returns the share id.
   *
   * @return the id of the share that could not be read
   */
  public String shareId() {
    return shareId;
  }

  /**
   * Returns the parsed {@code share_status}.
   *
   * @return the status ({@link ShareStatus#UNKNOWN} for an unknown or absent one)
   */
  public ShareStatus status() {
    return status;
  }

  /**
   * Returns the server's {@code share_status_text}, verbatim.
   *
   * @return the text, {@code ""} when the server sent none
   */
  public String statusText() {
    String d = description();
    return d == null ? "" : d;
  }
}
