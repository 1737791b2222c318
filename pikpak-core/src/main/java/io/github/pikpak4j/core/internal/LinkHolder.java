package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.CdnException;
import java.time.Clock;

/**
 * The link a download uses, shared by its workers: resolved again when it is about to expire or the CDN refuses
 * it, at most {@code maxRefreshes} times per download; concurrent refusals of the same link cause one refresh.
 */
final class LinkHolder {
  /** A link with its generation (incremented by each refresh). */
  record Current(ResolvedLink link, int generation) {}

  private final Links links;
  private final Clock clock;
  private final int maxRefreshes;
  private ResolvedLink link;
  private int generation;
  private int refreshes;
  private int reroutes;
  private double bestRate;

  /** A connection's rate this many times below the best seen on the same host counts as far slower. */
  static final double SLOW_FACTOR = 4;

  /** How many times one download may move off a failing CDN host. */
  static final int MAX_REROUTES = 8;

  LinkHolder(Links links, Clock clock, ResolvedLink link, int maxRefreshes) {
    this.links = links;
    this.clock = clock;
    this.link = link;
    this.maxRefreshes = maxRefreshes;
  }

  /** Returns the link to use now, refreshing it first when it is about to expire. */
  synchronized Current current() {
    if (link.isExpired(clock.instant())) {
      refresh(generation, 0);
    }
    return new Current(link, generation);
  }

  synchronized ResolvedLink link() {
    return link;
  }

  synchronized int refreshes() {
    return refreshes;
  }

  /** Returns whether the current link was rewritten to another CDN host (so there is a host to move away from). */
  synchronized boolean rewritten() {
    return !link.url().equals(link.originalUrl());
  }

  /**
   * Records one connection's measured rate on the link of generation {@code seen} and returns whether it is far
   * slower ({@link #SLOW_FACTOR} times) than the best rate any connection of this download saw on the same host.
   *
   * @param seen the generation the rate was measured on
   * @param bytesPerSecond the measured rate
   * @return whether the host now runs far slower than it did
   */
  synchronized boolean farSlower(int seen, double bytesPerSecond) {
    if (seen != generation) {
      return false;
    }
    if (bytesPerSecond > bestRate) {
      bestRate = bytesPerSecond;
      return false;
    }
    return bytesPerSecond * SLOW_FACTOR < bestRate;
  }

  /**
   * Moves the link of generation {@code seen} off its CDN host after the host failed or ran far slower (unless another
   * worker already did): the host is demoted in the client's CDN policy and the next best host, or PikPak's own link, is used. At
   * most {@link #MAX_REROUTES} times per download; costs no API request.
   *
   * @param seen the generation the caller used
   * @param slow whether the host ran slow (else it failed)
   * @return whether the link changed (false: it was not rewritten, or the bound is reached)
   */
  synchronized boolean reroute(int seen, boolean slow) {
    if (seen != generation) {
      return true;
    }
    if (reroutes >= MAX_REROUTES || link.url().equals(link.originalUrl())) {
      return false;
    }
    reroutes++;
    link = links.reroute(link, slow);
    generation++;
    bestRate = 0;
    return true;
  }

  /**
   * Replaces the link of generation {@code seen} (unless another worker already did).
   *
   * @param seen the generation the caller used
   * @param status the CDN status that refused it, or 0 for an expiry
   */
  synchronized void refresh(int seen, int status) {
    if (seen != generation) {
      return;
    }
    if (refreshes >= maxRefreshes) {
      throw new CdnException(
          (status == 0 ? "the download link expired" : "the CDN refused the download link (HTTP " + status + ")")
              + " after " + refreshes + " re-resolutions of file " + link.fileId() + " on " + link.host(),
          status, null);
    }
    refreshes++;
    link = links.refresh(link);
    generation++;
  }
}
