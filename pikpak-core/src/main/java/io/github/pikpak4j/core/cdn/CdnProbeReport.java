package io.github.pikpak4j.core.cdn;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link Cdn#probe(String, long)}: every candidate's result and the host chosen.
 *
 * @param policy the client's policy ({@code off}, {@code auto}, {@code domain:<root>} or a host)
 * @param originalHost the link's own {@code host[:port]}
 * @param chosen the {@code host[:port]} the policy picks: the fastest candidate that serves the file, or {@link
 *     #originalHost()} when none does (under {@code off} it is what {@code auto} would pick)
 * @param candidates every candidate probed, fastest serving ones first, then the others
 * @param elapsed how long the whole probe took
 */
public record CdnProbeReport(
    String policy, String originalHost, String chosen, List<CdnProbeResult> candidates, Duration elapsed) {

  /**
   * Copies the list.
   *
   * @param policy the client's policy ({@code off}, {@code auto}, {@code domain:<root>} or a host)
   * @param originalHost the link's own {@code host[:port]}
   * @param chosen the {@code host[:port]} the policy picks: the fastest candidate that serves the file, or {@link
   *     #originalHost()} when none does (under {@code off} it is what {@code auto} would pick)
   * @param candidates every candidate probed, fastest serving ones first, then the others
   * @param elapsed how long the whole probe took
   */
  public CdnProbeReport {
    candidates = List.copyOf(candidates);
  }

  /** {@return whether the chosen host differs from the link's own host} */
  public boolean rewritten() {
    return !chosen.equals(originalHost);
  }
}
