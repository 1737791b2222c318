package io.github.pikpak4j.core.cdn;

import io.github.pikpak4j.core.link.ResolvedLink;

/**
 * The client's CDN host policy, applied to every drive and share link ({@code client.cdn()}).
 *
 * <pre>{@code
 * CdnProbeReport r = client.cdn().probe(client.links().resolve("/movie.mkv", LinkPolicy.original()));
 * r.candidates().forEach(c -> System.out.println(c.host() + " " + c.latencyMillis() + " ms " + c.ok()));
 * String url = client.cdn().rewrite(signedUrl, sizeInBytes); // what the download engine does
 * client.cdn().reportFailure(host);                         // a host failed mid-download: use the next best
 * }</pre>
 *
 * <p>Thread-safe. Probes happen lazily, at the first link of a family, never at start-up.
 */
public interface Cdn {

  /** {@return the policy} */
  CdnPolicy policy();

  /**
   * Applies the policy to a signed link whose size is unknown: a candidate is then verified against the size the
   * link's own host reports. May block for up to the probe timeout when the family is not cached.
   *
   * @param url the signed link as PikPak gave it
   * @return the URL to download from; {@code url} itself when nothing changes or anything fails
   */
  String rewrite(String url);

  /**
   * Applies the policy to a signed link of known size. May block for up to the probe timeout when the family is
   * not cached; with {@code auto} it returns as soon as the first candidate proves it serves the file.
   *
   * @param url the signed link as PikPak gave it
   * @param size the content's size in bytes, or {@code -1} when unknown
   * @return the URL to download from; {@code url} itself when nothing changes or anything fails
   */
  String rewrite(String url, long size);

  /**
   * Probes every candidate for a link and waits for them all (each bounded by the probe timeout); under {@code
   * auto} the result also refreshes the cached choice of the link's family.
   *
   * @param url the signed link as PikPak gave it
   * @param size the content's size in bytes, or {@code -1} when unknown
   * @return each candidate's result and the choice
   * @throws io.github.pikpak4j.api.InvalidInputException when {@code url} is not an absolute http(s) URL
   */
  CdnProbeReport probe(String url, long size);

  /**
   * Probes every candidate for a resolved link ({@link ResolvedLink#originalUrl()}, with its size when it serves
   * the original bytes).
   *
   * @param link the link
   * @return each candidate's result and the choice
   */
  default CdnProbeReport probe(ResolvedLink link) {
    return probe(link.originalUrl(), link.originalBytes() ? link.size() : -1);
  }

  /**
   * Reports that a host failed during a download (connection error, 5xx, 404, 403 after a rewrite, or a stall):
   * it is passed over for the cache TTL and the next best host (or the link's own) is used.
   *
   * @param host {@code host[:port]} or a URL on that host
   */
  void reportFailure(String host);

  /**
   * Reports that a host ran far slower than expected during a download (for example 4 times slower than a sibling):
   * demoted like {@link #reportFailure(String)}.
   *
   * @param host {@code host[:port]} or a URL on that host
   */
  void reportSlow(String host);

  /** Forgets every cached choice and demotion. */
  void clear();
}
