package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The membership and activity routes of the drive listener, in the shapes the peers read: {@code GET
 * /drive/v1/privilege/vip} (rclone {@code api.VIP}), {@code GET /vip/v1/quantity/list?type=transfer} (pikpak-kotlin
 * {@code TransferQuota}), {@code GET /vip/v1/activity/inviteCode} ({@code code}, PikPakAPI) and {@code GET
 * /drive/v1/events} (pikpak-kotlin {@code EventPage}; pages of at most 100, the page token is the next entry's
 * index here, opaque to clients).
 */
final class MembershipRoutes implements DriveRoutes {
  private static final int MAX_EVENTS_PAGE = 100;

  private final EmulatorState state;
  private final RequestGuard guard;

  MembershipRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    if (!call.method().equals("GET")) {
      return false;
    }
    Map<String, Object> out;
    switch (call.path()) {
      case "/drive/v1/privilege/vip" -> out = vip(caller(call));
      case "/vip/v1/quantity/list" -> out = quantities(call, caller(call));
      case "/vip/v1/activity/inviteCode" -> out = Map.of("code", inviteCode(caller(call)));
      case "/drive/v1/events" -> out = events(call, caller(call));
      default -> {
        return false;
      }
    }
    Http.sendJson(call.exchange(), 200, Json.write(out));
    return true;
  }

  private String caller(ApiCall call) {
    return guard.signedIn(call).userId();
  }

  private Map<String, Object> vip(String userId) {
    EmulatedMembership m = state.membership;
    Instant expire = m.vipExpire(userId);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("expire", expire == null ? "" : Times.format(expire));
    data.put("status", m.vipActive(userId) ? "ok" : "invalid");
    data.put("type", m.vipType(userId));
    data.put("user_id", userId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("result", "ACCEPTED");
    out.put("message", "");
    out.put("redirect_uri", "");
    out.put("data", data);
    return out;
  }

  private Map<String, Object> quantities(ApiCall call, String userId) {
    if (!"transfer".equals(call.query().get("type"))) {
      throw ApiFailure.invalidArgument("type must be transfer");
    }
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("user_id", userId);
    base.put("vip_status", state.membership.vipActive(userId) ? "ok" : "invalid");
    for (String kind : List.of("offline", "download", "upload")) {
      long[] t = state.membership.transfer(userId, kind);
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("info", "");
      a.put("total_assets", t[0]);
      a.put("assets", t[1]);
      base.put(kind, a);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("base", base);
    out.put("has_more", false);
    return out;
  }

  private static String inviteCode(String userId) {
    return Ids.fileId("invite:" + userId).substring(2, 10).toUpperCase(java.util.Locale.ROOT);
  }

  private Map<String, Object> events(ApiCall call, String userId) {
    int limit = MAX_EVENTS_PAGE; // asked more, the server serves 100 (pikpak-kotlin)
    String limitText = call.query().get("limit");
    if (limitText != null && !limitText.isEmpty()) {
      try {
        limit = Math.max(1, Math.min(MAX_EVENTS_PAGE, Integer.parseInt(limitText)));
      } catch (NumberFormatException e) {
        throw ApiFailure.invalidArgument("limit must be a number");
      }
    }
    List<EmulatedMembership.Event> all = state.membership.events(userId);
    int from = 0;
    String token = call.query().get("page_token");
    if (token != null && !token.isEmpty()) {
      try {
        from = Integer.parseInt(token);
      } catch (NumberFormatException e) {
        throw ApiFailure.invalidArgument("invalid page_token");
      }
    }
    int to = Math.min(all.size(), from + limit);
    List<Map<String, Object>> page = new ArrayList<>();
    for (EmulatedMembership.Event e : all.subList(Math.min(from, to), to)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type());
      m.put("type_name", e.type().equals("TYPE_UPLOAD") ? "Upload" : e.type().equals("TYPE_PLAY") ? "Play" : "Add");
      m.put("file_id", e.fileId());
      m.put("file_name", e.fileName());
      m.put("folder_id", e.folderId());
      m.put("created_time", Times.format(e.time()));
      m.put("updated_time", Times.format(e.time()));
      m.put("params", Map.of());
      page.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", page);
    out.put("next_page_token", to < all.size() ? Integer.toString(to) : "");
    return out;
  }
}
