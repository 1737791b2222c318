package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.PikPakException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Maps {@code share_status} and the region-block text to exceptions (protocol §9.3). */
final class ShareStatuses {
  static final String REGION_TEXT = "not available in the current region";

  private ShareStatuses() {}

  static boolean isRegionText(@Nullable String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(REGION_TEXT);
  }

  /** Throws unless the status is OK (and the text is not the region block). */
  static void check(String shareId, String rawStatus, String text, String endpoint) {
    ShareStatus status = ShareStatus.of(rawStatus);
    if (status == ShareStatus.OK && !isRegionText(text)) {
      return;
    }
    throw toException(shareId, rawStatus, text, endpoint);
  }

  static ShareUnavailableException toException(
      String shareId, String rawStatus, String text, String endpoint) {
    ShareStatus status = ShareStatus.of(rawStatus);
    ErrorContext ctx =
        new ErrorContext(
            200, rawStatus.isEmpty() ? null : rawStatus, 0, text.isEmpty() ? null : text, null,
            null, endpoint);
    if (isRegionText(text)) {
      return region(shareId, status, text, ctx, null);
    }
    String suffix = ctx.suffix();
    String withText = text.isBlank() ? "" : ": " + text.strip();
    switch (status) {
      case PASS_CODE_EMPTY:
        return new SharePassCodeException(
            "the share needs a pass code and none was given (add ?pwd=<code> to the link or pass"
                + " it separately)"
                + suffix,
            shareId, status, ctx);
      case PASS_CODE_ERROR:
        return new SharePassCodeException("the pass code is wrong" + suffix, shareId, status, ctx);
      case DELETED:
        return new ShareGoneException(
            "the share was deleted by its owner" + suffix, shareId, status, ctx);
      case EXPIRED:
        return new ShareGoneException("the share has expired" + suffix, shareId, status, ctx);
      case NOT_FOUND:
        return new ShareGoneException("the share does not exist" + suffix, shareId, status, ctx);
      case AUDITING:
        return new ShareBlockedException(
            "the share is under review" + withText + suffix, shareId, status, ctx);
      case SENSITIVE_RESOURCE:
      case SENSITIVE_WORD:
        return new ShareBlockedException(
            "the share is blocked for sensitive content" + withText + suffix, shareId, status,
            ctx);
      case PROHIBITED:
        return new ShareBlockedException(
            "the share is prohibited" + withText + suffix, shareId, status, ctx);
      default:
        return new ShareBlockedException(
            "the share cannot be read (status "
                + (rawStatus.isEmpty() ? "missing" : "'" + rawStatus + "'")
                + ")"
                + withText
                + suffix,
            shareId, ShareStatus.UNKNOWN, ctx);
    }
  }

  /** Rethrows an API error whose text is the region block as {@link ShareRegionBlockedException}. */
  static PikPakException translate(String shareId, PikPakException e) {
    if (e instanceof ShareUnavailableException) {
      return e;
    }
    if (isRegionText(e.description()) || isRegionText(e.reason())) {
      String text = isRegionText(e.description()) ? e.description() : e.reason();
      return region(shareId, ShareStatus.UNKNOWN, text == null ? "" : text, e.context(), e);
    }
    return e;
  }

  private static ShareRegionBlockedException region(
      String shareId,
      ShareStatus status,
      String text,
      ErrorContext ctx,
      @Nullable Throwable cause) {
    return new ShareRegionBlockedException(
        text.strip() + " (" + ShareRegionBlockedException.HINT + ")" + ctx.suffix(),
        shareId, status, ctx, cause);
  }
}
