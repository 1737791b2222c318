package io.github.pikpak4j.core.link;

/**
 * The seam between link resolution and the download engine where a CDN host policy rewrites a signed URL (for
 * example swapping a host within its family, protocol §6.5 to §6.7). The default, {@link #IDENTITY}, keeps every
 * URL as the server gave it. An implementation must keep the path and the signed query exactly as they are.
 */
@FunctionalInterface
public interface LinkRewriter {
  /** Keeps every URL unchanged (the default). */
  LinkRewriter IDENTITY = url -> url;

  /**
   * Returns the URL to download from.
   *
   * @param url the signed URL as the server gave it
   * @return the URL to use; {@code url} itself when nothing changes
   */
  String rewrite(String url);

  /**
   * Returns the URL to download from, knowing the content's size (a host policy verifies candidates against it).
   * The default ignores the size.
   *
   * @param url the signed URL as the server gave it
   * @param size the content's size in bytes, or {@code -1} when unknown (for example a transcode)
   * @return the URL to use; {@code url} itself when nothing changes
   */
  default String rewrite(String url, long size) {
    return rewrite(url);
  }

  /**
   * Tells the policy that the host of {@code url} failed while serving (an I/O error, a 5xx or a 404 on a rewritten
   * link) so that the next {@link #rewrite(String, long)} avoids it. The default does nothing.
   *
   * @param url the rewritten URL whose host failed
   */
  default void reportFailure(String url) {}

  /**
   * Tells the policy that the host of {@code url} ran far slower during a download than it did earlier in the same
   * download, so that the next {@link #rewrite(String, long)} avoids it. The default does nothing.
   *
   * @param url the rewritten URL whose host ran slow
   */
  default void reportSlow(String url) {}

  /**
   * Moves a rewritten link off its host after the host failed or ran slow: reports the host, then rewrites PikPak's
   * own URL again (the next best host, or the URL as given). A link that was not rewritten is returned as it is.
   *
   * @param failed the link whose host failed or ran slow
   * @param slow {@code true} when the host ran far slower than before, {@code false} when it failed
   * @return the link to use now
   */
  default ResolvedLink moveOff(ResolvedLink failed, boolean slow) {
    if (failed.url().equals(failed.originalUrl())) {
      return failed;
    }
    if (slow) {
      reportSlow(failed.url());
    } else {
      reportFailure(failed.url());
    }
    return failed.withUrl(rewrite(failed.originalUrl(), failed.size()));
  }
}
