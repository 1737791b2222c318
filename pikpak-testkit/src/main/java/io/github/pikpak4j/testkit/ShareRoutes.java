package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shares (protocol §9): share info and pass-code tokens, detail listing, file info, restore,
 * create, list, delete. Reads work signed in or anonymously (no {@code Authorization}, a captcha
 * token issued with {@code user_id=""}, {@code X-Client-Id} and {@code X-Device-Id}); restore,
 * create, list and delete need an account. An unreadable share answers HTTP 200 with its {@code
 * share_status}.
 */
final class ShareRoutes implements DriveRoutes {
  private static final String SHARE_URL = "https://mypikpak.com/s/";
  private static final String PACK_FROM_SHARED = "Pack From Shared";
  private static final Pattern CUSTOM_CODE = Pattern.compile("[A-Za-z0-9]{4,10}");

  private final EmulatorState state;
  private final RequestGuard guard;
  private final FileJson json;

  ShareRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
    this.json = new FileJson(state);
  }

  private EmulatedShares shares() {
    return state.shares;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    String route = call.method() + " " + call.path();
    Map<String, Object> out;
    switch (route) {
      case "GET /drive/v1/share":
        readCaller(call);
        out = info(call);
        break;
      case "GET /drive/v1/share/detail":
        readCaller(call);
        out = detail(call);
        break;
      case "GET /drive/v1/share/file_info":
        readCaller(call);
        out = fileInfo(call);
        break;
      case "POST /drive/v1/share/restore":
        out = restore(call, signedIn(call));
        break;
      case "POST /drive/v1/share":
        out = create(call, signedIn(call));
        break;
      case "GET /drive/v1/share/list":
        out = list(call, signedIn(call));
        break;
      case "POST /drive/v1/share:batchDelete":
        out = delete(call, signedIn(call));
        break;
      default:
        return false;
    }
    Http.sendJson(call.exchange(), 200, Json.write(out));
    return true;
  }

  // ---- callers -------------------------------------------------------------------------------

  private RequestGuard.Caller signedIn(ApiCall call) {
    RequestGuard.Caller caller = guard.authenticate(call);
    guard.checkCaptcha(call, caller, false);
    return caller;
  }

  /** A signed-in caller, or an anonymous one with client id, device id and an anonymous captcha. */
  private RequestGuard.Caller readCaller(ApiCall call) {
    String auth = call.header("Authorization");
    if (auth != null && !auth.isBlank()) {
      RequestGuard.Caller caller = guard.authenticate(call, true); // share reads need X-Client-Id
      guard.checkCaptcha(call, caller, false);
      return caller;
    }
    String clientId = call.header("X-Client-Id");
    if (clientId == null || KnownClient.byClientId(clientId).isEmpty()) {
      throw ApiFailure.clientIdNotMatch();
    }
    String deviceId = call.header("X-Device-Id");
    if (deviceId == null || !RequestGuard.DEVICE_ID.matcher(deviceId).matches()) {
      throw ApiFailure.invalidArgument("X-Device-Id must be 32 lowercase hex characters");
    }
    guard.recordUserAgent(call, clientId);
    String token = call.header("X-Captcha-Token");
    if (token == null || token.isEmpty()) {
      throw ApiFailure.captchaInvalid9(state.captchaErrorStatus, "captcha token required");
    }
    CaptchaTokens.Issued issued = state.captcha.live(token);
    if (issued == null) {
      throw ApiFailure.captchaInvalid9(
          state.captchaErrorStatus, "The captcha token is invalid or expired");
    }
    if (!issued.userId().isEmpty()
        || !issued.clientId().equals(clientId)
        || !issued.deviceId().equals(deviceId)) {
      throw ApiFailure.captchaInvalid9(
          state.captchaErrorStatus, "The captcha token was not issued for anonymous access");
    }
    return new RequestGuard.Caller("", clientId, deviceId);
  }

  // ---- reads ---------------------------------------------------------------------------------

  /** The status answer of an unreadable share, or null when it can be read. */
  private @Nullable Map<String, Object> unreadable(EmulatedShares.@Nullable Entry e) {
    if (shares().isRegionBlocked()) {
      return status("PROHIBITED", EmulatedShares.REGION_BLOCK_TEXT);
    }
    if (e == null) {
      return status("NOT_FOUND", "The share does not exist");
    }
    String s = shares().statusOf(e);
    return s.equals("OK") ? null : status(s, text(s));
  }

  private static String text(String status) {
    switch (status) {
      case "DELETED":
        return "The share has been deleted";
      case "EXPIRED":
        return "The share has expired";
      case "AUDITING":
        return "The share is being reviewed";
      case "SENSITIVE_RESOURCE":
      case "SENSITIVE_WORD":
        return "The share contains sensitive content";
      case "PROHIBITED":
        return "The share is prohibited";
      default:
        return "";
    }
  }

  private static Map<String, Object> status(String status, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("share_status", status);
    m.put("share_status_text", text);
    m.put("pass_code_token", "");
    m.put("files", List.of());
    m.put("next_page_token", "");
    return m;
  }

  private static String required(Map<String, String> q, String name) {
    String v = q.get(name);
    if (v == null || v.isEmpty()) {
      throw ApiFailure.invalidArgument(name + " is required");
    }
    return v;
  }

  private Map<String, Object> info(ApiCall call) {
    Map<String, String> q = call.query();
    EmulatedShares.Entry e = shares().find(required(q, "share_id"));
    Map<String, Object> refused = unreadable(e);
    if (refused != null) {
      return refused;
    }
    String given = q.getOrDefault("pass_code", "");
    if (e.passCode != null) {
      if (given.isEmpty()) {
        return status("PASS_CODE_EMPTY", "Please enter the pass code");
      }
      if (!given.equals(e.passCode)) {
        return status("PASS_CODE_ERROR", "The pass code is incorrect");
      }
    } // a pass code for a public share is ignored
    shares().viewed(e);
    Map<String, Object> out = status("OK", "");
    out.put("pass_code_token", shares().issueToken(e.shareId));
    Page page = page(e, "", q);
    out.put("files", page.files);
    out.put("next_page_token", page.next);
    out.put("title", title(e));
    out.put("file_num", Integer.toString(e.fileIds.size()));
    out.put("expiration_at", e.expiresAt() == null ? "-1" : Times.format(e.expiresAt()));
    out.put("user_info", Map.of("user_id", e.ownerUserId, "nickname", "p***r", "avatar", ""));
    return out;
  }

  /** The PASS_CODE_EMPTY answer when a pass-coded share is read without a live token. */
  private @Nullable Map<String, Object> tokenRefused(EmulatedShares.Entry e, Map<String, String> q) {
    if (e.passCode == null) {
      return null;
    }
    String token = q.getOrDefault("pass_code_token", "");
    return shares().tokenValid(token, e.shareId)
        ? null
        : status("PASS_CODE_EMPTY", "Please enter the pass code");
  }

  private Map<String, Object> detail(ApiCall call) {
    Map<String, String> q = call.query();
    EmulatedShares.Entry e = shares().find(required(q, "share_id"));
    Map<String, Object> refused = unreadable(e);
    if (refused == null) {
      refused = tokenRefused(e, q);
    }
    if (refused != null) {
      return refused;
    }
    String filters = q.get("filters");
    if (filters != null && !filters.isEmpty()) {
      FileFilter.parse(filters);
    }
    String parentId = q.getOrDefault("parent_id", "");
    if (!parentId.isEmpty()) {
      DriveNode parent = inShare(e, parentId);
      if (parent == null || !parent.isFolder()) {
        throw ApiFailure.notFound("folder not found in this share");
      }
    }
    Page page = page(e, parentId, q);
    Map<String, Object> out = status("OK", "");
    out.put("pass_code_token", q.getOrDefault("pass_code_token", ""));
    out.put("files", page.files);
    out.put("next_page_token", page.next);
    return out;
  }

  private Map<String, Object> fileInfo(ApiCall call) {
    Map<String, String> q = call.query();
    EmulatedShares.Entry e = shares().find(required(q, "share_id"));
    String fileId = required(q, "file_id");
    Map<String, Object> refused = unreadable(e);
    if (refused == null) {
      refused = tokenRefused(e, q);
    }
    if (refused != null) {
      refused.remove("files");
      refused.remove("next_page_token");
      return refused;
    }
    DriveNode n = inShare(e, fileId);
    if (n == null) {
      throw ApiFailure.notFound("file not found in this share");
    }
    Map<String, Object> file = render(e, n, true);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("share_status", "OK");
    out.put("share_status_text", "");
    out.put("file_info", file);
    return out;
  }

  private record Page(List<Object> files, String next) {}

  private Page page(EmulatedShares.Entry e, String parentId, Map<String, String> q) {
    EmulatedDrive drive = state.drive(e.ownerUserId);
    List<DriveNode> all = new ArrayList<>();
    synchronized (drive) {
      if (parentId.isEmpty()) {
        for (String id : e.fileIds) {
          DriveNode n = drive.node(id);
          if (n != null && !n.trashed) {
            all.add(n);
          }
        }
      } else {
        for (DriveNode c : drive.node(parentId).children) {
          if (!c.trashed && c.phase.equals("PHASE_TYPE_COMPLETE")) {
            all.add(c);
          }
        }
      }
    }
    int limit = Math.min(state.pageSizeCap, parseLimit(q.get("limit")));
    String scope = "share\n" + e.shareId + "\n" + parentId;
    String token = q.getOrDefault("page_token", "");
    int offset = token.isEmpty() ? 0 : state.pageTokens.decode(token, scope);
    int end = Math.min(all.size(), offset + limit);
    List<Object> files = new ArrayList<>();
    for (int i = Math.min(offset, all.size()); i < end; i++) {
      files.add(render(e, all.get(i), false));
    }
    return new Page(files, end < all.size() ? state.pageTokens.encode(scope, end) : "");
  }

  private static int parseLimit(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return 100;
    }
    try {
      int l = Integer.parseInt(text);
      return l > 0 ? l : 100;
    } catch (NumberFormatException ex) {
      throw ApiFailure.invalidArgument("limit must be an integer");
    }
  }

  /** A shared File: no created_time and no hash; videos have an empty web_content_link. */
  private Map<String, Object> render(EmulatedShares.Entry e, DriveNode n, boolean withLinks) {
    Map<String, Object> m;
    synchronized (state.drive(e.ownerUserId)) {
      m = json.render(n, e.ownerUserId, withLinks);
    }
    m.remove("created_time");
    m.remove("hash");
    m.put("share_id", e.shareId);
    boolean video = n.mimeType.startsWith("video/") || !n.medias.isEmpty();
    if (!withLinks || video) {
      m.put("web_content_link", "");
      m.put("links", Map.of());
    }
    if (!withLinks) {
      m.put("medias", List.of());
    }
    return m;
  }

  /** The node if it is a shared item or lies below one; null otherwise. */
  private @Nullable DriveNode inShare(EmulatedShares.Entry e, String id) {
    EmulatedDrive drive = state.drive(e.ownerUserId);
    synchronized (drive) {
      DriveNode n = drive.node(id);
      if (n == null || id.isEmpty() || n.trashed) {
        return null;
      }
      for (DriveNode cur = n; cur != null && !cur.id.isEmpty(); cur = drive.node(cur.parentId)) {
        if (e.fileIds.contains(cur.id)) {
          return n;
        }
      }
      return null;
    }
  }

  /** The shared folders from the top level down to the node's parent (empty for shared items). */
  private List<String> chain(EmulatedShares.Entry e, DriveNode n) {
    EmulatedDrive drive = state.drive(e.ownerUserId);
    List<String> out = new ArrayList<>();
    synchronized (drive) {
      DriveNode cur = n;
      while (!e.fileIds.contains(cur.id)) {
        cur = drive.node(cur.parentId);
        out.add(0, cur.id);
      }
    }
    return out;
  }

  private String title(EmulatedShares.Entry e) {
    DriveNode first = state.drive(e.ownerUserId).node(e.fileIds.get(0));
    return first == null ? "" : first.name;
  }

  // ---- writes --------------------------------------------------------------------------------

  private Map<String, Object> restore(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    String shareId = string(body, "share_id", true);
    List<String> fileIds = strings(body, "file_ids", true);
    List<String> ancestors = strings(body, "ancestor_ids", false);
    EmulatedShares.Entry e = shares().find(shareId);
    Map<String, Object> refused = unreadable(e);
    if (refused == null) {
      Map<String, String> q = Map.of("pass_code_token", string(body, "pass_code_token", false));
      refused = tokenRefused(e, q);
    }
    if (refused != null) {
      refused.remove("files");
      refused.remove("next_page_token");
      return refused;
    }
    if (e.ownerUserId.equals(caller.userId())) {
      throw new ApiFailure(
          400, "file_restore_own", 9, "You cannot save files from your own share",
          "FILE_RESTORE_OWN");
    }
    List<DriveNode> items = new ArrayList<>();
    List<String> expectedChain = null;
    for (String id : fileIds) {
      DriveNode n = inShare(e, id);
      if (n == null) {
        throw ApiFailure.notFound("file " + id + " is not in this share");
      }
      List<String> c = chain(e, n);
      if (expectedChain != null && !expectedChain.equals(c)) {
        throw ApiFailure.invalidArgument("file_ids must share one parent folder");
      }
      expectedChain = c;
      items.add(n);
    }
    if (!ancestors.equals(expectedChain)) {
      throw ApiFailure.invalidArgument(
          "ancestor_ids must list the shared folders from the top level down to the files' parent");
    }
    EmulatedDrive target = state.drive(caller.userId());
    Object specify = body.get("specify_parent_id");
    String parentId;
    if (Boolean.TRUE.equals(specify)) {
      parentId = string(body, "parent_id", false);
      DriveNode p = target.node(parentId);
      if (p == null || !p.isFolder() || p.trashed) {
        throw ApiFailure.notFound("parent folder not found");
      }
    } else if (specify == null || Boolean.FALSE.equals(specify)) {
      parentId = target.find("/" + PACK_FROM_SHARED).orElseGet(() -> target.addFolder("", PACK_FROM_SHARED));
    } else {
      throw ApiFailure.invalidArgument("specify_parent_id must be a boolean");
    }
    EmulatedDrive source = state.drive(e.ownerUserId);
    String firstId = "";
    for (DriveNode n : items) {
      String copied = copy(source, n, target, parentId);
      if (firstId.isEmpty()) {
        firstId = copied;
      }
    }
    shares().restored(e);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("share_status", "OK");
    out.put("share_status_text", "");
    out.put("file_id", firstId);
    out.put("restore_status", "RESTORE_START");
    out.put("restore_task_id", "VT" + Ids.random(24));
    return out;
  }

  private String copy(EmulatedDrive source, DriveNode n, EmulatedDrive target, String parentId) {
    if (n.isFolder()) {
      String folder = target.addFolder(parentId, n.name);
      List<DriveNode> children;
      synchronized (source) {
        children = new ArrayList<>(n.children);
      }
      for (DriveNode c : children) {
        if (!c.trashed) {
          copy(source, c, target, folder);
        }
      }
      return folder;
    }
    return target.addFile(parentId, n.name, java.util.Objects.requireNonNull(n.content));
  }

  private Map<String, Object> create(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    List<String> fileIds = strings(body, "file_ids", true);
    String shareTo = string(body, "share_to", true);
    String option = string(body, "pass_code_option", true);
    boolean locked;
    if (shareTo.equals("publiclink") && option.equals("NOT_REQUIRED")) {
      locked = false;
    } else if (shareTo.equals("encryptedlink") && option.equals("REQUIRED")) {
      locked = true;
    } else {
      throw ApiFailure.invalidArgument("share_to and pass_code_option do not agree");
    }
    Object days = body.get("expiration_days");
    if (!(days instanceof Number) || ((Number) days).doubleValue() % 1 != 0) {
      throw ApiFailure.invalidArgument("expiration_days must be an integer");
    }
    int d = ((Number) days).intValue();
    if (d != -1 && d < 1) {
      throw ApiFailure.invalidArgument("expiration_days must be -1 or at least 1");
    }
    String custom = string(body, "custom_pass_code", false);
    if (!custom.isEmpty() && (!locked || !CUSTOM_CODE.matcher(custom).matches())) {
      throw ApiFailure.invalidArgument("custom_pass_code must be 4 to 10 letters or digits with REQUIRED");
    }
    EmulatedDrive drive = state.drive(caller.userId());
    for (String id : fileIds) {
      DriveNode n = drive.node(id);
      if (id.isEmpty() || n == null || n.trashed) {
        throw ApiFailure.notFound("file " + id + " not found");
      }
    }
    String code = !locked ? null : custom.isEmpty() ? Ids.random(4).toLowerCase().replace('-', 'x').replace('_', 'y') : custom;
    String id = shares().create(caller.userId(), fileIds, code, d);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("share_id", id);
    out.put("share_url", SHARE_URL + id);
    out.put("pass_code", code == null ? "" : code);
    out.put("share_text", SHARE_URL + id + (code == null ? "" : " code: " + code));
    out.put("share_list", List.of());
    return out;
  }

  private Map<String, Object> list(ApiCall call, RequestGuard.Caller caller) {
    Map<String, String> q = call.query();
    List<EmulatedShares.Entry> all = shares().entriesOf(caller.userId());
    int limit = Math.min(state.pageSizeCap, parseLimit(q.get("limit")));
    String scope = "shares\n" + caller.userId();
    String token = q.getOrDefault("page_token", "");
    int offset = token.isEmpty() ? 0 : state.pageTokens.decode(token, scope);
    int end = Math.min(all.size(), offset + limit);
    List<Object> data = new ArrayList<>();
    for (int i = Math.min(offset, all.size()); i < end; i++) {
      EmulatedShares.Entry e = all.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("share_id", e.shareId);
      m.put("share_url", SHARE_URL + e.shareId);
      m.put("share_status", shares().statusOf(e));
      m.put("share_status_text", "");
      m.put("title", title(e));
      m.put("pass_code", e.passCode == null ? "" : e.passCode);
      m.put("share_to", e.passCode == null ? "publiclink" : "encryptedlink");
      m.put("file_num", Integer.toString(e.fileIds.size()));
      m.put("expiration_days", Integer.toString(e.expirationDays));
      m.put("expiration_at", e.expiresAt() == null ? "-1" : Times.format(e.expiresAt()));
      m.put("view_count", Integer.toString(e.viewCount));
      m.put("restore_count", Integer.toString(e.restoreCount));
      m.put("create_time", Times.format(e.createdAt));
      data.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", data);
    out.put("next_page_token", end < all.size() ? state.pageTokens.encode(scope, end) : "");
    return out;
  }

  private Map<String, Object> delete(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    List<String> ids = strings(body, "ids", true);
    for (String id : ids) {
      EmulatedShares.Entry e = shares().find(id);
      if (e == null || !e.ownerUserId.equals(caller.userId())) {
        throw ApiFailure.notFound("share " + id + " not found");
      }
    }
    for (String id : ids) {
      shares().cancel(id); // repeating a delete is harmless
    }
    return new LinkedHashMap<>();
  }

  // ---- body helpers --------------------------------------------------------------------------

  private static String string(Map<String, Object> body, String name, boolean required) {
    Object v = body.get(name);
    if (v == null) {
      if (required) {
        throw ApiFailure.invalidArgument(name + " is required");
      }
      return "";
    }
    if (!(v instanceof String)) {
      throw ApiFailure.invalidArgument(name + " must be a string");
    }
    if (required && ((String) v).isEmpty()) {
      throw ApiFailure.invalidArgument(name + " must not be empty");
    }
    return (String) v;
  }

  private static List<String> strings(Map<String, Object> body, String name, boolean required) {
    Object v = body.get(name);
    if (v == null) {
      if (required) {
        throw ApiFailure.invalidArgument(name + " is required");
      }
      return List.of();
    }
    if (!(v instanceof List)) {
      throw ApiFailure.invalidArgument(name + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) v) {
      if (!(o instanceof String) || ((String) o).isEmpty()) {
        throw ApiFailure.invalidArgument(name + " must be an array of non-empty strings");
      }
      out.add((String) o);
    }
    if (required && out.isEmpty()) {
      throw ApiFailure.invalidArgument(name + " must not be empty");
    }
    return out;
  }
}
