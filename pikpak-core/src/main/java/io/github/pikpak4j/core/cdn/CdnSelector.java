package io.github.pikpak4j.core.cdn;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.cdn.CdnUrls.Parts;
import io.github.pikpak4j.core.link.LinkRewriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's {@link Cdn}: applies a {@link CdnPolicy} to signed links, and is the {@link LinkRewriter} link
 * resolution hands every URL to ({@link #rewrite(String, long)}). Obtain it through {@code client.cdn()}; construct it directly only to use the
 * policy without a client (tests, tools).
 *
 * <pre>{@code
 * CdnSelector cdn = new CdnSelector(CdnPolicy.auto(), List.of("127.0.0.1:8081"), prober, Clock.systemUTC());
 * String url = cdn.rewrite(signedUrl, size);
 * }</pre>
 *
 * <p>Choices are kept in memory per host family ({@code dl-a10b@mypikpak.net}; an unknown host is a family of its
 * own) for the policy's cache TTL; demoted hosts are passed over for the same time. Thread-safe: concurrent links
 * of one family share one probe.
 */
public final class CdnSelector implements Cdn, LinkRewriter, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CdnSelector.class);

  private final CdnPolicy policy;
  private final List<CdnHost> candidates;
  private final CdnProber prober;
  private final Clock clock;
  private final Map<String, FamilyChoice> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Map<String, Instant> demotedUntil = new ConcurrentHashMap<>();

  /** A family's cached ranking of verified hosts, fastest first. */
  private static final class FamilyChoice {
    final Instant expiresAt;
    private final List<ProbeRound.Slot> ranking = new ArrayList<>();

    FamilyChoice(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }

    synchronized void add(ProbeRound.Slot s) {
      int i = 0;
      while (i < ranking.size() && ranking.get(i).latency().compareTo(s.latency()) <= 0) {
        i++;
      }
      ranking.add(i, s);
    }

    synchronized @Nullable CdnHost pick(CdnSelector sel) {
      for (ProbeRound.Slot s : ranking) {
        if (!sel.isDemoted(s.authority())) {
          return s.host;
        }
      }
      return null;
    }
  }

  /**
   * Creates a selector.
   *
   * @param policy the policy
   * @param candidates the user's own candidates ({@code host[:port]}), probed by {@code auto} besides the built-in
   *     list of the link's family
   * @param prober sends the probes
   * @param clock measures the cache TTL and demotions
   * @throws InvalidInputException when a candidate is malformed or plain http to a non-loopback host
   */
  public CdnSelector(CdnPolicy policy, Collection<String> candidates, CdnProber prober, Clock clock) {
    this.policy = policy;
    this.candidates = parseCandidates(candidates);
    this.prober = prober;
    this.clock = clock;
  }

  /**
   * Validates a candidate list ({@code host[:port]}, {@code https://host[:port]}, or {@code http://} for loopback
   * hosts only).
   *
   * @param candidates the list
   * @return the candidates in their normal form, duplicates removed
   * @throws InvalidInputException naming the bad entry
   */
  public static List<String> checkCandidates(Collection<String> candidates) {
    List<String> out = new ArrayList<>();
    for (CdnHost h : parseCandidates(candidates)) {
      out.add(h.toString());
    }
    return out;
  }

  /**
   * Splits a comma-separated candidate list (the form of {@code --cdn-candidates} and {@code
   * PIKPAK_CDN_CANDIDATES}). Entries are validated by {@link #checkCandidates(Collection)}.
   *
   * @param csv the list
   * @return the entries, trimmed
   * @throws InvalidInputException when the list or one of its entries is empty (such as {@code ",,,"}): a typo
   *     that would otherwise silently probe nothing
   */
  public static List<String> splitCandidates(String csv) {
    List<String> out = new ArrayList<>();
    for (String s : csv.split(",", -1)) {
      if (s.isBlank()) {
        throw new InvalidInputException(
            "cdnCandidates has an empty entry: \"" + csv + "\" (expected host[:port],host[:port],...)");
      }
      out.add(s.trim());
    }
    return out;
  }

  private static List<CdnHost> parseCandidates(Collection<String> candidates) {
    Map<String, CdnHost> byAuthority = new LinkedHashMap<>();
    for (String c : candidates) {
      CdnHost h = CdnHost.parse(c, "cdnCandidates");
      byAuthority.putIfAbsent(h.authority(), h);
    }
    return List.copyOf(byAuthority.values());
  }

  @Override
  public CdnPolicy policy() {
    return policy;
  }

  /** {@return the user's own candidates, in their normal form} */
  public List<String> candidates() {
    List<String> out = new ArrayList<>();
    candidates.forEach(h -> out.add(h.toString()));
    return out;
  }

  @Override
  public String rewrite(String url) {
    return rewrite(url, -1);
  }

  @Override
  public String rewrite(String url, long size) {
    if (policy.kind() == CdnPolicy.Kind.OFF) {
      return url;
    }
    Parts parts = CdnUrls.split(url);
    if (parts == null) {
      return url;
    }
    switch (policy.kind()) {
      case DOMAIN:
        String swapped = CdnUrls.swapDomain(parts, policy.root());
        if (swapped == null || swapped.equals(parts.authority()) || isDemoted(swapped)) {
          return url;
        }
        return parts.scheme() + "://" + swapped + parts.rest();
      case AUTO:
      case HOST:
        CdnHost chosen = chosen(parts, url, size);
        return chosen == null || chosen.authority().equals(parts.authority()) ? url : CdnUrls.moveTo(parts, chosen);
      default:
        return url;
    }
  }

  private @Nullable CdnHost chosen(Parts parts, String url, long size) {
    String family = CdnUrls.familyKey(parts);
    FamilyChoice c = valid(family);
    if (c == null) {
      synchronized (locks.computeIfAbsent(family, k -> new Object())) {
        c = valid(family);
        if (c == null) {
          c = new FamilyChoice(clock.instant().plus(policy.cacheTtl()));
          ProbeRound round = round(parts, url, size, c).start(prober, policy.probeTimeout());
          ProbeRound.Slot winner = round.awaitFirst(guard());
          cache.put(family, c);
          if (winner == null && policy.kind() == CdnPolicy.Kind.HOST) {
            LOG.warn("CDN host {} did not serve a {} link (probe failed); using the links as given for {}",
                policy.host(), family, policy.cacheTtl());
          } else if (LOG.isDebugEnabled()) {
            LOG.debug("CDN choice for {}: {}", family, winner == null ? "the link's own host" : winner.authority());
          }
        }
      }
    }
    return c.pick(this);
  }

  private @Nullable FamilyChoice valid(String family) {
    FamilyChoice c = cache.get(family);
    return c != null && clock.instant().isBefore(c.expiresAt) ? c : null;
  }

  private Duration guard() {
    return policy.probeTimeout().plusMillis(500);
  }

  /** Builds the round for a link: its own host first, then the policy's candidates. */
  private ProbeRound round(Parts parts, String url, long size, @Nullable FamilyChoice into) {
    CdnHost own = CdnHost.parse(parts.authority(), "link host");
    boolean auto = policy.kind() != CdnPolicy.Kind.HOST && policy.kind() != CdnPolicy.Kind.DOMAIN;
    Map<String, ProbeRound.Slot> slots = new LinkedHashMap<>();
    slots.put(own.authority(), new ProbeRound.Slot(own, url, true, auto));
    List<CdnHost> hosts = new ArrayList<>();
    if (auto) {
      hosts.addAll(CdnUrls.builtIn(parts));
      hosts.addAll(candidates);
    } else if (policy.kind() == CdnPolicy.Kind.HOST) {
      hosts.add(policy.customHost());
    } else {
      String swapped = CdnUrls.swapDomain(parts, policy.root());
      if (swapped != null) {
        hosts.add(CdnHost.parse(swapped, "swapped host"));
      }
    }
    for (CdnHost h : hosts) {
      if ((!auto || CdnUrls.sameFamilyOrUnknown(parts, h)) && !slots.containsKey(h.authority())) {
        slots.put(h.authority(), new ProbeRound.Slot(h, CdnUrls.moveTo(parts, h), false, true));
      }
    }
    return new ProbeRound(
        new ArrayList<>(slots.values()), size, this::isDemoted, s -> {
          if (into != null) {
            into.add(s);
          }
        });
  }

  @Override
  public CdnProbeReport probe(String url, long size) {
    Parts parts = CdnUrls.split(url);
    if (parts == null) {
      throw new InvalidInputException("not an absolute http(s) URL");
    }
    long start = System.nanoTime();
    FamilyChoice into =
        policy.kind() == CdnPolicy.Kind.AUTO ? new FamilyChoice(clock.instant().plus(policy.cacheTtl())) : null;
    ProbeRound round = round(parts, url, size, into).start(prober, policy.probeTimeout());
    round.awaitAll(guard());
    if (into != null) {
      cache.put(CdnUrls.familyKey(parts), into);
    }
    ProbeRound.Slot best = round.best();
    String chosen = best == null ? parts.authority() : best.authority();
    return new CdnProbeReport(
        policy.toString(), parts.authority(), chosen, round.results(), Duration.ofNanos(System.nanoTime() - start));
  }

  @Override
  public void reportFailure(String host) {
    demote(host, "failed");
  }

  @Override
  public void reportSlow(String host) {
    demote(host, "ran slow");
  }

  private void demote(String host, String why) {
    String authority = CdnUrls.authorityOf(host);
    demotedUntil.put(authority, clock.instant().plus(policy.cacheTtl()));
    LOG.debug("CDN host {} {}; passed over for {}", authority, why, policy.cacheTtl());
  }

  /**
   * Returns whether a host is demoted right now.
   *
   * @param host {@code host[:port]} or a URL on that host
   * @return whether it is passed over
   */
  public boolean isDemoted(String host) {
    String authority = CdnUrls.authorityOf(host);
    Instant until = demotedUntil.get(authority);
    if (until == null) {
      return false;
    }
    if (clock.instant().isBefore(until)) {
      return true;
    }
    demotedUntil.remove(authority, until);
    return false;
  }

  @Override
  public void clear() {
    cache.clear();
    demotedUntil.clear();
  }

  /** Releases the prober's threads when it holds any. */
  @Override
  public void close() {
    if (prober instanceof AutoCloseable) {
      try {
        ((AutoCloseable) prober).close();
      } catch (Exception e) {
        LOG.debug("closing the CDN prober failed", e);
      }
    }
  }

  @Override
  public String toString() {
    return "CdnSelector[policy=" + policy + ", candidates=" + candidates.size() + "]";
  }
}
