package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.InvalidInputException;

/** Builds the one message shape used for every rejected offline link. */
final class Rejections {
  /** The accepted kinds, as shown in every rejection message. */
  static final String ACCEPTED =
      "Accepted: magnet links (magnet:?xt=urn:btih:<40 hex or 32 base32 info hash>), "
          + "http:// and https:// URLs, "
          + "ed2k file links (ed2k://|file|<name>|<size>|<32 hex hash>|/), "
          + "and X/Twitter, TikTok, Facebook or Telegram pages (https URLs).";

  private Rejections() {}

  /** The link itself is never echoed: it may carry credentials. */
  static InvalidInputException invalid(String reason) {
    return new InvalidInputException(
        "Not a supported offline download link: " + reason + ". " + ACCEPTED);
  }
}
