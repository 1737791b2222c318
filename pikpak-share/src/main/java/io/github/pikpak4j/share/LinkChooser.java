package io.github.pikpak4j.share;

import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.Media;
import io.github.pikpak4j.api.model.MediaLink;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Applies a {@link TranscodePolicy} to a shared file's links (protocol §9.4). */
final class LinkChooser {
  private LinkChooser() {}

  static ShareLinkChoice choose(DriveFile f, TranscodePolicy policy) {
    if (f.isFolder()) {
      throw new PikPakException("'" + f.name() + "' is a folder; only files have links");
    }
    switch (policy.kind()) {
      case ORIGINAL:
        return original(f, policy);
      case TRANSCODED:
        for (Media m : f.medias()) {
          if (!m.isOrigin() && hasUrl(m)) {
            return media(f, m);
          }
        }
        return original(f, policy);
      default:
        String wanted = policy.resolutionName().orElseThrow();
        List<String> names = new ArrayList<>();
        for (Media m : f.medias()) {
          String name = m.resolutionName() == null ? "" : m.resolutionName();
          if (name.toUpperCase(Locale.ROOT).equals(wanted) && hasUrl(m)) {
            return media(f, m);
          }
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
        throw new PikPakException(
            "'" + f.name() + "' has no " + wanted + " rendition"
                + (names.isEmpty() ? "" : "; available: " + String.join(", ", names)));
    }
  }

  private static ShareLinkChoice original(DriveFile f, TranscodePolicy policy) {
    String web = f.webContentLink();
    if (web != null && !web.isEmpty()) {
      return new ShareLinkChoice(
          f.id(), f.name(), web, ShareLinkChoice.Rendition.ORIGINAL,
          ShareLinkChoice.Source.WEB_CONTENT_LINK, null, null, f.size(), false,
          expiry(web, null));
    }
    for (Media m : f.medias()) {
      if (m.isOrigin() && hasUrl(m)) {
        return media(f, m);
      }
    }
    throw new PikPakException(
        "the share offers no original link for '" + f.name() + "'"
            + (policy.kind() == TranscodePolicy.Kind.ORIGINAL && !f.medias().isEmpty()
                ? "; use TRANSCODED, or save the share into your drive and download from there"
                : ""));
  }

  private static ShareLinkChoice media(DriveFile f, Media m) {
    MediaLink link = m.link();
    String url = link == null ? "" : link.url();
    boolean origin = m.isOrigin();
    return new ShareLinkChoice(
        f.id(), f.name(), url,
        origin ? ShareLinkChoice.Rendition.ORIGINAL : ShareLinkChoice.Rendition.TRANSCODE,
        ShareLinkChoice.Source.MEDIA,
        m.resolutionName() == null || m.resolutionName().isEmpty() ? null : m.resolutionName(),
        m.mediaId().isEmpty() ? null : m.mediaId(),
        origin ? f.size() : -1,
        origin,
        expiry(url, link == null ? null : link.expire()));
  }

  private static boolean hasUrl(Media m) {
    return m.link() != null && !m.link().url().isEmpty();
  }

  /** The URL's {@code expire} query parameter (Unix seconds), else the link object's expiry. */
  static @Nullable Instant expiry(String url, @Nullable Instant fallback) {
    int q = url.indexOf('?');
    if (q >= 0) {
      for (String p : url.substring(q + 1).split("&")) {
        if (p.startsWith("expire=")) {
          try {
            return Instant.ofEpochSecond(Long.parseLong(p.substring(7)));
          } catch (NumberFormatException | DateTimeException e) {
            break; // not a number, or one no instant holds: use the link object's expiry
          }
        }
      }
    }
    return fallback;
  }
}
