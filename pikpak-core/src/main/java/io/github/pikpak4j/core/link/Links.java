package io.github.pikpak4j.core.link;

/**
 * Resolves download links ({@code GET /drive/v1/files/{id}} with {@code usage} and {@code _magic=2021}).
 *
 * <pre>{@code
 * ResolvedLink link = client.links().resolve("/Videos/movie.mp4", LinkPolicy.media("1080P"));
 * System.out.println(link.url() + " expires " + link.expiresAt());
 * }</pre>
 *
 * <p>Links are resolved lazily, on demand; nothing is cached across calls.
 */
public interface Links {

  /**
   * Resolves the link of a file by drive path or {@code id:<ID>}.
   *
   * @param path {@code /a/b.mkv} or {@code id:<ID>}
   * @param policy which link to take
   * @return the link
   * @throws io.github.pikpak4j.api.InvalidInputException for a malformed path, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when the path does not exist
   * @throws LinkUnavailableException when the entry is a folder or has no link for the policy
   */
  ResolvedLink resolve(String path, LinkPolicy policy);

  /**
   * Resolves the link of a file by id.
   *
   * @param fileId the file id
   * @param policy which link to take
   * @return the link
   * @throws LinkUnavailableException when the entry is a folder or has no link for the policy
   */
  ResolvedLink resolveId(String fileId, LinkPolicy policy);

  /**
   * Resolves a link again (after it expired or the CDN refused it), keeping the same rendition: a media link stays
   * locked to its {@code media_id}.
   *
   * @param previous the link to replace
   * @return a fresh link for the same content
   * @throws LinkUnavailableException when the content has no link any more
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
