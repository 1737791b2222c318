package io.github.pikpak4j.core.link;

import java.time.Duration;

/**
 * Resolves download links ({@code GET /drive/v1/files/{id}} with {@code usage} and {@code _magic=2021}).
 *
 * <pre>{@code
 * ResolvedLink link = client.links().resolve("/Videos/movie.mp4", LinkPolicy.media("1080P"));
 * System.out.println(link.url() + " expires " + link.expiresAt());
 * }</pre>
 *
 * <p>Links are resolved lazily, on demand; nothing is cached across calls.
 *
 * <p><b>A file with no link yet.</b> Right after an upload a file can have no download link for about 30 s to 1 min
 * (protocol §5.5). When get-file answers a file (not a folder) with no link of any kind (no octet-stream link, no
 * {@code web_content_link}, no rendition with a link) and its {@code phase} is not {@code PHASE_TYPE_ERROR}, {@link
 * #resolve}, {@link #resolveId} and {@link #refresh} wait {@link #NO_LINK_RETRY_INTERVAL} (5 s) and fetch the file
 * again, at most {@link #NO_LINK_MAX_WAIT} (60 s) in all (12 waits, 13 get-file calls), then throw {@link
 * LinkUnavailableException} saying how long they waited. The blocking calls wait through the client's {@link
 * io.github.pikpak4j.core.policy.Sleeper} on the calling thread; an interrupt during the wait restores the
 * thread's interrupt flag and throws {@link io.github.pikpak4j.api.TransportException} (cause an {@link
 * java.io.InterruptedIOException}), as an interrupted retry wait does. A file that has some link but not the one
 * the policy asks for (for example a {@link LinkPolicy#media(String) media} resolution it does not have) fails at
 * once, without waiting: that link will not appear. The async twin schedules these waits on the client's scheduler
 * instead of sleeping a thread.
 */
public interface Links {
  /**
   * How long to wait before fetching again a file that has no link yet: 5 s (rclone's wait, protocol §5.5).
   */
  Duration NO_LINK_RETRY_INTERVAL = Duration.ofSeconds(5);

  /**
   * The longest total wait for a file's first link to appear: 60 s, so at most 12 waits of {@link
   * #NO_LINK_RETRY_INTERVAL} (a fresh upload has none for about 30 s to 1 min, protocol §5.5).
   */
  Duration NO_LINK_MAX_WAIT = Duration.ofSeconds(60);

  /**
   * Resolves the link of a file by drive path or {@code id:<ID>}.
   *
   * @param path {@code /a/b.mkv} or {@code id:<ID>}
   * @param policy which link to take
   * @return the link
   * @throws io.github.pikpak4j.api.InvalidInputException for a malformed path, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when the path does not exist
   * @throws LinkUnavailableException when the entry is a folder or has no link for the policy (after waiting up to
   *     {@link #NO_LINK_MAX_WAIT} when it has no link at all yet)
   * @throws io.github.pikpak4j.api.TransportException when interrupted while waiting
   */
  ResolvedLink resolve(String path, LinkPolicy policy);

  /**
   * Resolves the link of a file by id.
   *
   * @param fileId the file id
   * @param policy which link to take
   * @return the link
   * @throws LinkUnavailableException when the entry is a folder or has no link for the policy (after waiting up to
   *     {@link #NO_LINK_MAX_WAIT} when it has no link at all yet)
   * @throws io.github.pikpak4j.api.TransportException when interrupted while waiting
   */
  ResolvedLink resolveId(String fileId, LinkPolicy policy);

  /**
   * Resolves a link again (after it expired or the CDN refused it), keeping the same rendition: a media link stays
   * locked to its {@code media_id}.
   *
   * @param previous the link to replace
   * @return a fresh link for the same content
   * @throws LinkUnavailableException when the content has no link any more (after waiting up to {@link
   *     #NO_LINK_MAX_WAIT} when it has no link at all)
   * @throws io.github.pikpak4j.api.TransportException when interrupted while waiting
   */
  ResolvedLink refresh(ResolvedLink previous);

  /**
   * Moves a link off a CDN host that failed or ran far slower: the host is reported to the client's CDN policy and the same signed
   * link is returned on the policy's next best host, or as PikPak gave it. No request is sent to the API. Returns
   * {@code failed} itself when it was not rewritten (then there is nothing to move away from).
   *
   * @param failed the link whose host failed
   * @param slow {@code true} when the host ran far slower than before rather than failing
   * @return the link to use now
   */
  ResolvedLink reroute(ResolvedLink failed, boolean slow);
}
