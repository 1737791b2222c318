package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The accounts' memberships, transfer allowances and recent events as the emulator serves them ({@code
 * /drive/v1/privilege/vip}, {@code /vip/v1/quantity/list}, {@code /vip/v1/activity/inviteCode}, {@code
 * /drive/v1/events}). Every account starts without a membership, with zero allowances and no events; tests set them.
 *
 * <pre>{@code
 * emu.membership().vip(emu.demoUserId(), "platinum", Instant.parse("2030-01-01T00:00:00Z"));
 * emu.membership().transfer(emu.demoUserId(), "upload", 1L << 40, 5_000);
 * emu.membership().addEvent(emu.demoUserId(), "TYPE_UPLOAD", fileId, "a.mkv", folderId);
 * }</pre>
 */
public final class EmulatedMembership {
  /** One event as served. */
  record Event(String id, String type, String fileId, String fileName, String folderId, Instant time) {}

  private record Vip(String type, @Nullable Instant expire) {}

  private final EmulatorClock clock;
  private final Map<String, Vip> vips = new ConcurrentHashMap<>();
  private final Map<String, Map<String, long[]>> transfers = new ConcurrentHashMap<>();
  private final Map<String, List<Event>> events = new ConcurrentHashMap<>();

  EmulatedMembership(EmulatorClock clock) {
    this.clock = clock;
  }

  /**
   * Gives an account a membership.
   *
   * @param userId the account
   * @param type the type, for example {@code platinum}
   * @param expire when it ends; active while the emulator clock is before it
   */
  public void vip(String userId, String type, Instant expire) {
    vips.put(userId, new Vip(type, expire));
  }

  /**
   * Sets one monthly transfer allowance of an account.
   *
   * @param userId the account
   * @param kind {@code offline}, {@code download} or {@code upload}
   * @param total the monthly total in bytes
   * @param used the bytes used
   */
  public void transfer(String userId, String kind, long total, long used) {
    transfers.computeIfAbsent(userId, k -> new ConcurrentHashMap<>()).put(kind, new long[] {total, used});
  }

  /**
   * Adds an event, stamped with the emulator clock, as the newest of the account.
   *
   * @param userId the account
   * @param type for example {@code TYPE_UPLOAD} or {@code TYPE_RESTORE}
   * @param fileId the file
   * @param fileName the file's name
   * @param folderId the file's folder
   * @return the event id
   */
  public synchronized String addEvent(String userId, String type, String fileId, String fileName, String folderId) {
    List<Event> list = events.computeIfAbsent(userId, k -> new ArrayList<>());
    String id = "VE" + Ids.random(24);
    list.add(0, new Event(id, type, fileId, fileName, folderId, clock.instant()));
    return id;
  }

  synchronized List<Event> events(String userId) {
    return List.copyOf(events.getOrDefault(userId, List.of()));
  }

  @Nullable Instant vipExpire(String userId) {
    Vip v = vips.get(userId);
    return v == null ? null : v.expire();
  }

  String vipType(String userId) {
    Vip v = vips.get(userId);
    return v == null || !vipActive(userId) ? "novip" : v.type();
  }

  boolean vipActive(String userId) {
    Vip v = vips.get(userId);
    return v != null && v.expire() != null && clock.instant().isBefore(v.expire());
  }

  long[] transfer(String userId, String kind) {
    return transfers.getOrDefault(userId, Map.of()).getOrDefault(kind, new long[] {0, 0});
  }
}
