package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;
import org.jspecify.annotations.Nullable;

/**
 * PikPak refuses shares to the caller's network region ("Sorry, sharing is not available in the
 * current region", seen for mainland-China IP addresses). The remedy is on the caller's side: route
 * the traffic through a proxy in another region ({@code PikPakClient.builder().proxy(...)}, CLI
 * {@code --proxy}) or try another PikPak domain; retrying does not help.
 *
 * <p>Recognised by that text, case-insensitively, wherever the server puts it: in {@code
 * share_status_text} (with any {@code share_status}) or in an error envelope's description. The
 * message keeps the server's text and adds {@link #HINT}.
 */
public class ShareRegionBlockedException extends ShareUnavailableException {

  /** The hint appended to the message. */
  public static final String HINT =
      "sharing is blocked for this network region; use a proxy in another region or another"
          + " PikPak domain";

  /**
   * Creates the exception.
   *
   * @param message human text that keeps the server's text and ends with the hint
   * @param shareId the share id
   * @param status the share status the server sent with the text ({@link ShareStatus#UNKNOWN} when
   *     none)
   * @param context the server's error or status, its text, and the endpoint
   * @param cause the decoded server error when the text came in an error envelope, or {@code null}
   */
  public ShareRegionBlockedException(
      String message,
      String shareId,
      ShareStatus status,
      ErrorContext context,
      @Nullable Throwable cause) {
    super(message, shareId, status, context, cause);
  }

  /**
   * Returns the remedy.
   *
   * @return {@link #HINT}
   */
  public String hint() {
    return HINT;
  }
}
