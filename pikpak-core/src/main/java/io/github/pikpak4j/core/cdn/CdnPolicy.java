package io.github.pikpak4j.core.cdn;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakDomain;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which CDN host a download link is sent to (protocol §6). Immutable.
 *
 * <pre>{@code
 * PikPakClient client = PikPakClient.builder()
 *     .cdn(CdnPolicy.auto().withProbeTimeout(Duration.ofSeconds(1)))
 *     .cdnCandidates(List.of("dl-a10b-0870.mypikpak.net"))
 *     ...build();
 * CdnPolicy.parse("domain:mypikpak.com"); // the form of --cdn and PIKPAK_CDN
 * }</pre>
 *
 * <ul>
 *   <li>{@link #off()} (the default): the link as PikPak gave it.
 *   <li>{@link #auto()}: the candidates (the built-in list of the link's family plus the user's own) are probed all
 *       at once with a one-byte ranged GET of the link itself, and the first host that answers 206 with the file's
 *       size wins; a host of another family (404) is never chosen. The choice is cached per family for {@link
 *       #cacheTtl()}; a host reported failing or slow is passed over for the same time.
 *   <li>{@link #host(String)}: a host of the user's, verified with the same probe; when the probe fails the link is
 *       used as given and a warning is logged.
 *   <li>{@link #domain(String)}: the registrable domain of the link's host is swapped (for example {@code
 *       dl-a10b-0621.mypikpak.com} to {@code dl-a10b-0621.mypikpak.net}), subdomain, path and query kept.
 * </ul>
 */
public final class CdnPolicy {
  /** The default per-probe timeout: 1.5 s. */
  public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofMillis(1500);

  /** The default lifetime of a cached choice and of a demotion: 10 minutes. */
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(10);

  /** The kinds of policy. */
  public enum Kind {
    /** No rewrite. */
    OFF,
    /** Probe the candidates and take the fastest that serves the file. */
    AUTO,
    /** A fixed host, verified by a probe. */
    HOST,
    /** Swap the registrable domain. */
    DOMAIN
  }

  private static final CdnPolicy OFF = new CdnPolicy(Kind.OFF, null, null, DEFAULT_PROBE_TIMEOUT, DEFAULT_CACHE_TTL);

  private final Kind kind;
  private final @Nullable CdnHost host;
  private final @Nullable String root;
  private final Duration probeTimeout;
  private final Duration cacheTtl;

  private CdnPolicy(
      Kind kind, @Nullable CdnHost host, @Nullable String root, Duration probeTimeout, Duration cacheTtl) {
    this.kind = kind;
    this.host = host;
    this.root = root;
    this.probeTimeout = probeTimeout;
    this.cacheTtl = cacheTtl;
  }

  /** {@return the policy that keeps every link as PikPak gave it (the default)} */
  public static CdnPolicy off() {
    return OFF;
  }

  /** {@return the probing policy with a 1.5 s probe timeout and a 10 minute cache} */
  public static CdnPolicy auto() {
    return new CdnPolicy(Kind.AUTO, null, null, DEFAULT_PROBE_TIMEOUT, DEFAULT_CACHE_TTL);
  }

  /**
   * Returns the policy that sends links to one host, after a probe shows it serves the file.
   *
   * @param host {@code host[:port]}, or {@code https://host[:port]}; {@code http://} only for a loopback host
   * @return the policy
   * @throws InvalidInputException when the host is malformed or plain http to a non-loopback host
   */
  public static CdnPolicy host(String host) {
    return new CdnPolicy(Kind.HOST, CdnHost.parse(host, "cdn host"), null, DEFAULT_PROBE_TIMEOUT, DEFAULT_CACHE_TTL);
  }

  /**
   * Returns the policy that swaps the registrable domain of PikPak link hosts.
   *
   * @param root the new root, e.g. {@code mypikpak.com}; usually one of {@code mypikpak.net}, {@code mypikpak.com},
   *     {@code pikpak.me}, {@code pikpakdrive.com}, but any valid domain name with a dot is accepted
   * @return the policy
   * @throws InvalidInputException when the root is not a valid domain name
   */
  public static CdnPolicy domain(String root) {
    String r = root.trim().toLowerCase(Locale.ROOT);
    if (r.endsWith(".")) {
      r = r.substring(0, r.length() - 1);
    }
    if (!r.contains(".") || !CdnHost.validName(r) || r.matches("[0-9.]+")) {
      throw new InvalidInputException(
          "cdn domain: '" + root + "' is not a domain name (one of " + String.join(", ", CdnUrls.ROOTS) + ")");
    }
    return new CdnPolicy(Kind.DOMAIN, null, r, DEFAULT_PROBE_TIMEOUT, DEFAULT_CACHE_TTL);
  }

  /**
   * Returns the policy that swaps the registrable domain to a preset's root.
   *
   * @param domain the preset
   * @return the policy
   */
  public static CdnPolicy domain(PikPakDomain domain) {
    return domain(domain.root());
  }

  /**
   * Parses the form of {@code --cdn} and {@code PIKPAK_CDN}: {@code off}, {@code auto}, {@code domain:<root>} or a
   * host ({@code host[:port]}). Case-insensitive.
   *
   * @param spec the text
   * @return the policy
   * @throws InvalidInputException when malformed
   */
  public static CdnPolicy parse(String spec) {
    String s = spec.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      throw new InvalidInputException("cdn: empty policy (use off, auto, domain:<root> or a host)");
    }
    if (lower.equals("off") || lower.equals("original")) {
      return off();
    }
    if (lower.equals("auto")) {
      return auto();
    }
    if (lower.startsWith("domain:")) {
      return domain(s.substring("domain:".length()));
    }
    return host(s);
  }

  /**
   * Returns a copy with another per-probe timeout (used by {@link Kind#AUTO} and {@link Kind#HOST}).
   *
   * @param timeout from 1 ms to 60 s; default 1.5 s
   * @return the new policy
   * @throws InvalidInputException when out of range
   */
  public CdnPolicy withProbeTimeout(Duration timeout) {
    if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new InvalidInputException("cdn probe timeout must be between 1 ms and 60 s, got " + timeout);
    }
    return new CdnPolicy(kind, host, root, timeout, cacheTtl);
  }

  /**
   * Returns a copy with another lifetime of cached choices and demotions.
   *
   * @param ttl at least 1 s; default 10 minutes
   * @return the new policy
   * @throws InvalidInputException when shorter than 1 s
   */
  public CdnPolicy withCacheTtl(Duration ttl) {
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new InvalidInputException("cdn cache TTL must be at least 1 s, got " + ttl);
    }
    return new CdnPolicy(kind, host, root, probeTimeout, ttl);
  }

  /** {@return the kind} */
  public Kind kind() {
    return kind;
  }

  /** {@return the custom host as written ({@code [scheme://]host[:port]}) for {@link Kind#HOST}, else {@code null}} */
  public @Nullable String host() {
    return host == null ? null : host.toString();
  }

  /** {@return the new root for {@link Kind#DOMAIN}, else {@code null}} */
  public @Nullable String root() {
    return root;
  }

  /** {@return the per-probe timeout (default 1.5 s)} */
  public Duration probeTimeout() {
    return probeTimeout;
  }

  /** {@return how long a choice and a demotion last (default 10 minutes)} */
  public Duration cacheTtl() {
    return cacheTtl;
  }

  @Nullable CdnHost customHost() {
    return host;
  }

  /** Returns the {@link #parse(String)} form: {@code off}, {@code auto}, {@code domain:<root>} or the host. */
  @Override
  public String toString() {
    switch (kind) {
      case AUTO:
        return "auto";
      case HOST:
        return String.valueOf(host);
      case DOMAIN:
        return "domain:" + root;
      default:
        return "off";
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CdnPolicy)) {
      return false;
    }
    CdnPolicy p = (CdnPolicy) o;
    return kind == p.kind && Objects.equals(host, p.host) && Objects.equals(root, p.root)
        && probeTimeout.equals(p.probeTimeout) && cacheTtl.equals(p.cacheTtl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, host, root, probeTimeout, cacheTtl);
  }
}
