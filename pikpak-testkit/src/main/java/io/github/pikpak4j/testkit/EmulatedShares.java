package io.github.pikpak4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's shares, editable from tests: create a share of an account's files, give it any
 * {@code share_status}, switch the region block on, expire pass-code tokens.
 *
 * <pre>{@code
 * EmulatedShares shares = emulator.shares();
 * String id = shares.create(emulator.demoUserId(), List.of(fileId), "1234");
 * shares.setStatus(id, "EXPIRED");
 * shares.regionBlocked(true);       // every share read answers the region-block text
 * shares.expirePassCodeTokens();    // the next read must renew its pass_code_token
 * }</pre>
 *
 * <p>Pass-code tokens live {@link #PASS_CODE_TOKEN_TTL} on the emulator clock. Thread-safe.
 */
public final class EmulatedShares {
  /** How long a pass-code token is accepted: 1 hour of emulator time. */
  public static final Duration PASS_CODE_TOKEN_TTL = Duration.ofHours(1);

  /** The region-block text the emulator answers with while {@link #regionBlocked(boolean)} is on. */
  public static final String REGION_BLOCK_TEXT =
      "Sorry, sharing is not available in the current region";

  private static final Set<String> STATUSES =
      Set.of(
          "OK", "DELETED", "EXPIRED", "NOT_FOUND", "AUDITING", "SENSITIVE_RESOURCE",
          "SENSITIVE_WORD", "PROHIBITED");

  /** One share. Mutable fields are guarded by the {@link EmulatedShares} lock. */
  static final class Entry {
    final String shareId;
    final String ownerUserId;
    final List<String> fileIds;
    final @Nullable String passCode;
    final int expirationDays;
    final Instant createdAt;
    String status = "OK";
    boolean cancelled;
    int viewCount;
    int restoreCount;

    Entry(
        String shareId,
        String ownerUserId,
        List<String> fileIds,
        @Nullable String passCode,
        int expirationDays,
        Instant createdAt) {
      this.shareId = shareId;
      this.ownerUserId = ownerUserId;
      this.fileIds = List.copyOf(fileIds);
      this.passCode = passCode;
      this.expirationDays = expirationDays;
      this.createdAt = createdAt;
    }

    @Nullable Instant expiresAt() {
      return expirationDays < 0 ? null : createdAt.plus(Duration.ofDays(expirationDays));
    }
  }

  private record PassToken(String shareId, Instant expiresAt) {}

  private final EmulatorState state;
  private final Map<String, Entry> shares = new LinkedHashMap<>();
  private final ConcurrentHashMap<String, PassToken> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile boolean regionBlocked;
  private int counter;

  EmulatedShares(EmulatorState state) {
    this.state = state;
  }

  /**
   * Shares files or folders of an account, as {@code POST /drive/v1/share} would.
   *
   * @param ownerUserId the owner's user id
   * @param fileIds ids in the owner's drive (at least one)
   * @param passCode the pass code, or {@code null} for a public share
   * @return the share id
   * @throws IllegalArgumentException when a file is not in the owner's drive
   */
  public String create(String ownerUserId, List<String> fileIds, @Nullable String passCode) {
    return create(ownerUserId, fileIds, passCode, -1);
  }

  synchronized String create(
      String ownerUserId, List<String> fileIds, @Nullable String passCode, int expirationDays) {
    EmulatedDrive drive = state.drive(ownerUserId);
    if (fileIds.isEmpty()) {
      throw new IllegalArgumentException("a share needs at least one file");
    }
    for (String id : fileIds) {
      if (id.isEmpty() || drive.node(id) == null) {
        throw new IllegalArgumentException("no such file in the owner's drive: " + id);
      }
    }
    String id = Ids.fileId("share/" + ownerUserId + "/" + (++counter));
    shares.put(
        id,
        new Entry(id, ownerUserId, fileIds, passCode, expirationDays, state.clock.instant()));
    return id;
  }

  /**
   * Gives a share a {@code share_status}.
   *
   * @param shareId the share
   * @param status {@code OK}, {@code DELETED}, {@code EXPIRED}, {@code NOT_FOUND}, {@code AUDITING},
   *     {@code SENSITIVE_RESOURCE}, {@code SENSITIVE_WORD} or {@code PROHIBITED}
   */
  public synchronized void setStatus(String shareId, String status) {
    String s = status.toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(s)) {
      throw new IllegalArgumentException("unknown share status: " + status);
    }
    require(shareId).status = s;
  }

  /**
   * Switches the region block: while on, every share read answers HTTP 200 with {@code
   * share_status} {@code PROHIBITED} and {@code share_status_text} {@value #REGION_BLOCK_TEXT}.
   *
   * @param blocked the new state (off at start)
   */
  public void regionBlocked(boolean blocked) {
    this.regionBlocked = blocked;
  }

  /** Expires every pass-code token issued so far; the next read with one is asked again. */
  public void expirePassCodeTokens() {
    tokens.clear();
  }

  /**
   * Counts the pass-code tokens issued since start (one per successful {@code GET
   * /drive/v1/share}).
   *
   * @return the count
   */
  public int passCodeTokensIssued() {
    return tokensIssued.get();
  }

  /**
   * Returns the ids of an account's own shares that are not deleted, newest first.
   *
   * @param ownerUserId the owner
   * @return the share ids
   */
  public synchronized List<String> of(String ownerUserId) {
    List<String> out = new ArrayList<>();
    for (Entry e : shares.values()) {
      if (e.ownerUserId.equals(ownerUserId) && !e.cancelled) {
        out.add(0, e.shareId);
      }
    }
    return out;
  }

  /**
   * Returns how often a share was saved (restored).
   *
   * @param shareId the share
   * @return the count
   */
  public synchronized int restoreCount(String shareId) {
    return require(shareId).restoreCount;
  }

  boolean isRegionBlocked() {
    return regionBlocked;
  }

  /** Every share, oldest first, and the counter new share ids are made from (for StateSnapshot). */
  synchronized List<Entry> entries() {
    return new ArrayList<>(shares.values());
  }

  synchronized int idCounter() {
    return counter;
  }

  /** Replaces every share with saved ones. */
  synchronized void restore(List<Entry> entries, int idCounter) {
    shares.clear();
    for (Entry e : entries) {
      shares.put(e.shareId, e);
    }
    counter = idCounter;
  }

  synchronized @Nullable Entry find(String shareId) {
    return shares.get(shareId);
  }

  synchronized List<Entry> entriesOf(String ownerUserId) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : shares.values()) {
      if (e.ownerUserId.equals(ownerUserId) && !e.cancelled) {
        out.add(0, e);
      }
    }
    return out;
  }

  synchronized void cancel(String shareId) {
    require(shareId).cancelled = true;
  }

  synchronized void restored(Entry e) {
    e.restoreCount++;
  }

  synchronized void viewed(Entry e) {
    e.viewCount++;
  }

  /** The status a reader sees now (cancelled shares read as DELETED, old ones as EXPIRED). */
  synchronized String statusOf(Entry e) {
    if (e.cancelled) {
      return "DELETED";
    }
    Instant exp = e.expiresAt();
    if (exp != null && !state.clock.instant().isBefore(exp)) {
      return "EXPIRED";
    }
    return e.status;
  }

  String issueToken(String shareId) {
    String token = "pct." + Ids.random(48);
    tokens.put(token, new PassToken(shareId, state.clock.instant().plus(PASS_CODE_TOKEN_TTL)));
    tokensIssued.incrementAndGet();
    return token;
  }

  boolean tokenValid(String token, String shareId) {
    PassToken t = tokens.get(token);
    return t != null
        && t.shareId().equals(shareId)
        && state.clock.instant().isBefore(t.expiresAt());
  }

  private Entry require(String shareId) {
    Entry e = shares.get(shareId);
    if (e == null) {
      throw new IllegalArgumentException("no such share: " + shareId);
    }
    return e;
  }
}
