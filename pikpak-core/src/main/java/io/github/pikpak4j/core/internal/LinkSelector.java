package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileLink;
import io.github.pikpak4j.api.model.Media;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a file's download link under a {@link LinkPolicy} (protocol §5.5) and reads its expiry. Pure: no I/O.
 */
public final class LinkSelector {
  /** The {@code phase} of a file that failed (an offline download that broke): it will never get a link. */
  private static final String PHASE_ERROR = "PHASE_TYPE_ERROR";

  private LinkSelector() {}

  /**
   * Chooses the link.
   *
   * @param file the file as get-file returned it
   * @param policy the policy
   * @param lockedMediaId a {@code media_id} to keep (on re-resolution), or {@code null}
   * @param rewriter the CDN host policy seam
   * @return the link
   * @throws LinkUnavailableException when the file has no link for the policy
   */
  public static ResolvedLink select(
      DriveFile file, LinkPolicy policy, @Nullable String lockedMediaId, LinkRewriter rewriter) {
    if (file.isFolder()) {
      throw new LinkUnavailableException("not a file: " + file.name() + " (" + file.id() + ")");
    }
    if (policy.source() == LinkSource.ORIGINAL) {
      return original(file, policy, rewriter)
          .or(() -> sameFid(file).map(m -> media(file, m, policy, rewriter)))
          .orElseThrow(() -> new LinkUnavailableException(PHASE_ERROR.equals(file.phase())
              ? "file " + file.id() + " has no download link (its phase is " + PHASE_ERROR + ")"
              : "file " + file.id() + " has no download link yet"));
    }
    List<Media> usable = new ArrayList<>();
    for (Media m : file.medias()) {
      if (m.link() != null && !m.link().url().isEmpty()) {
        usable.add(m);
      }
    }
    Optional<Media> chosen = Optional.empty();
    if (lockedMediaId != null) {
      chosen = usable.stream().filter(m -> m.mediaId().equals(lockedMediaId)).findFirst();
    }
    if (chosen.isEmpty()) {
      chosen = choose(file, usable, policy.variant());
    }
    if (chosen.isPresent()) {
      return media(file, chosen.get(), policy, rewriter);
    }
    if (policy.variant().equals(LinkPolicy.ORIGIN) || policy.variant().equals(LinkPolicy.DEFAULT)) {
      // No rendition at all (not a video): the original bytes are the origin and the default.
      Optional<ResolvedLink> original = original(file, policy, rewriter);
      if (original.isPresent()) {
        return original.get();
      }
    }
    List<String> names = new ArrayList<>();
    usable.forEach(m -> names.add(m.resolutionName() == null ? m.mediaId() : m.resolutionName()));
    throw new LinkUnavailableException(
        "file " + file.id() + " has no media variant " + policy.variant() + " (available: "
            + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
  }

  /**
   * Whether a file has no link of any kind <em>yet</em>, as right after an upload (protocol §5.5), so that fetching
   * it again later may give one: it is a file (not a folder), its {@code phase} is not {@code PHASE_TYPE_ERROR}, and
   * it has no octet-stream link, no {@code web_content_link} and no rendition with a link. Then {@link #select}
   * fails for every policy. A file with some link is not waited for: a policy that finds nothing in it (a media
   * resolution the file does not have) fails for good.
   *
   * @param file the file as get-file returned it
   * @return {@code true} when waiting for a link makes sense
   */
  public static boolean noLinkYet(DriveFile file) {
    if (file.isFolder() || PHASE_ERROR.equals(file.phase())) {
      return false;
    }
    FileLink octet = file.links().get(DriveFile.OCTET_STREAM);
    if (octet != null && !octet.url().isEmpty()) {
      return false;
    }
    if (file.webContentLink() != null && !file.webContentLink().isEmpty()) {
      return false;
    }
    for (Media m : file.medias()) {
      if (m.link() != null && !m.link().url().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Media> choose(DriveFile file, List<Media> usable, String variant) {
    if (variant.equals(LinkPolicy.ORIGIN)) {
      return usable.stream().filter(Media::isOrigin).findFirst().or(() -> sameFid(file));
    }
    if (variant.equals(LinkPolicy.DEFAULT)) {
      return usable.stream().filter(Media::isDefault).findFirst();
    }
    return usable.stream()
        .filter(m -> m.resolutionName() != null && m.resolutionName().equalsIgnoreCase(variant))
        .findFirst();
  }

  /** The rendition whose URL carries the file's own {@code fid}: the original bytes (rclone's rule). */
  private static Optional<Media> sameFid(DriveFile file) {
    for (Media m : file.medias()) {
      if (m.link() != null && file.id().equals(queryParameter(m.link().url(), "fid"))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<ResolvedLink> original(DriveFile file, LinkPolicy policy, LinkRewriter rewriter) {
    FileLink octet = file.links().get(DriveFile.OCTET_STREAM);
    String url = null;
    Instant fieldExpire = null;
    if (octet != null && !octet.url().isEmpty()) {
      url = octet.url();
      fieldExpire = octet.expire();
    } else if (file.webContentLink() != null && !file.webContentLink().isEmpty()) {
      url = file.webContentLink();
    }
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ResolvedLink(
            file.id(), file.name(), rewriter.rewrite(url, file.size()), url, LinkSource.ORIGINAL, "original", null, file.size(),
            emptyToNull(file.hash()), expiry(url, fieldExpire), policy));
  }

  private static ResolvedLink media(DriveFile file, Media m, LinkPolicy policy, LinkRewriter rewriter) {
    String url = m.link().url();
    boolean originBytes = m.isOrigin() || file.id().equals(queryParameter(url, "fid"));
    String variant =
        m.resolutionName() != null && !m.resolutionName().isEmpty()
            ? m.resolutionName()
            : (originBytes ? LinkPolicy.ORIGIN : m.mediaId());
    return new ResolvedLink(
        file.id(), file.name(), rewriter.rewrite(url, originBytes ? file.size() : -1), url, LinkSource.MEDIA,
        variant, m.mediaId(),
        originBytes ? file.size() : -1, originBytes ? emptyToNull(file.hash()) : null,
        expiry(url, m.link().expire()), policy);
  }

  /**
   * Reads a link's expiry: the URL's {@code expire} query parameter (Unix seconds), else the link object's field.
   *
   * @param url the signed URL
   * @param field the link object's {@code expire}, or {@code null}
   * @return the expiry, or {@code null} when neither is present
   */
  public static @Nullable Instant expiry(String url, @Nullable Instant field) {
    String e = queryParameter(url, "expire");
    if (e != null) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(e.trim()));
      } catch (NumberFormatException | java.time.DateTimeException ignored) {
        // fall through to the field
      }
    }
    return field;
  }

  /**
   * Returns a query parameter of a URL, decoded, or {@code null}. The URL itself is never re-encoded.
   *
   * @param url the URL
   * @param name the parameter name
   * @return the first value, or {@code null}
   */
  public static @Nullable String queryParameter(String url, String name) {
    int q = url.indexOf('?');
    if (q < 0) {
      return null;
    }
    int hash = url.indexOf('#', q);
    String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return value;
        }
      }
    }
    return null;
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
  }
}
