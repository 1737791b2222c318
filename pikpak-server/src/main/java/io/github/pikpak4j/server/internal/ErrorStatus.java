package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.share.ShareGoneException;
import io.github.pikpak4j.share.ShareRegionBlockedException;
import io.github.pikpak4j.share.ShareUnavailableException;

/** Which HTTP status answers an SDK error. */
final class ErrorStatus {
  private ErrorStatus() {}

  static int of(RuntimeException e) {
    if (e instanceof InvalidInputException) {
      return 400;
    }
    if (e instanceof NotFoundException || e instanceof LinkUnavailableException) {
      return 404;
    }
    if (e instanceof ShareGoneException) {
      return 410; // deleted or expired
    }
    if (e instanceof ShareRegionBlockedException) {
      return 451;
    }
    if (e instanceof ShareUnavailableException) {
      return 403; // wrong pass code, blocked, under review
    }
    if (e instanceof Writes.Refused) {
      return 403;
    }
    return 502; // PikPak or its CDN failed
  }
}
