package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The drive listener: list, get file, about. */
final class DriveHandler extends ApiHandler {
  private static final String FILES_PREFIX = "/drive/v1/files/";
  private static final Set<String> THUMBNAIL_SIZES = Set.of("SIZE_SMALL", "SIZE_MEDIUM", "SIZE_LARGE");

  private final EmulatorState state;
  private final RequestGuard guard;
  private final FileJson json;
  private final List<DriveRoutes> features;

  DriveHandler(EmulatorState state) {
    super("drive", state.journal, state.faults, state.clock);
    this.state = state;
    this.guard = new RequestGuard(state);
    this.json = new FileJson(state);
    this.features =
        List.of(
            new FileOperationRoutes(state, guard),
            new UploadRoutes(state, guard),
            new OfflineRoutes(state, guard),
            new ShareRoutes(state, guard),
            new MembershipRoutes(state, guard),
            new ResourceRoutes(state, guard));
  }

  @Override
  protected void route(ApiCall call) throws IOException {
    String path = call.path();
    if (call.method().equals("GET") && path.equals("/drive/v1/files")) {
      RequestGuard.Caller caller = guard.authenticate(call);
      guard.checkCaptcha(call, caller, false);
      Http.sendJson(call.exchange(), 200, Json.write(list(call, caller)));
    } else if (call.method().equals("GET")
        && path.startsWith(FILES_PREFIX)
        && path.indexOf('/', FILES_PREFIX.length()) < 0
        && path.length() > FILES_PREFIX.length()) {
      RequestGuard.Caller caller = guard.authenticate(call);
      guard.checkCaptcha(call, caller, true);
      Http.sendJson(
          call.exchange(),
          200,
          Json.write(get(call, caller, path.substring(FILES_PREFIX.length()))));
    } else if (call.method().equals("GET") && path.equals("/drive/v1/about")) {
      RequestGuard.Caller caller = guard.authenticate(call);
      guard.checkCaptcha(call, caller, false);
      Http.sendJson(call.exchange(), 200, Json.write(about(caller)));
    } else {
      for (DriveRoutes feature : features) {
        if (feature.handle(call)) {
          return;
        }
      }
      throw noRoute(call);
    }
  }

  private Map<String, Object> list(ApiCall call, RequestGuard.Caller caller) {
    Map<String, String> q = call.query();
    checkCommon(q);
    String parentId = q.getOrDefault("parent_id", "");
    if (parentId.equals("root")) {
      parentId = "";
    }
    int limit = state.pageSizeCap;
    String limitText = q.get("limit");
    if (limitText != null && !limitText.isEmpty()) {
      try {
        int l = Integer.parseInt(limitText);
        if (l > 0) {
          limit = Math.min(l, state.pageSizeCap);
        }
      } catch (NumberFormatException e) {
        throw ApiFailure.invalidArgument("limit must be an integer");
      }
    }
    String filtersText = q.getOrDefault("filters", "");
    FileFilter filter = FileFilter.parse(filtersText);
    EmulatedDrive drive = state.drive(caller.userId());
    DriveNode parent = drive.node(parentId);
    if (!parentId.equals("*")) {
      if (parent == null) {
        throw ApiFailure.notFound("parent folder not found");
      }
      if (!parent.isFolder()) {
        throw ApiFailure.invalidArgument("parent_id is not a folder");
      }
    }
    String selectFrom = parentId.isEmpty() && filter.trashedOnly() ? "*" : parentId;
    List<DriveNode> all = drive.select(selectFrom, filter);
    String scope = caller.userId() + "\n" + parentId + "\n" + filtersText;
    String pageToken = q.getOrDefault("page_token", "");
    int offset = pageToken.isEmpty() ? 0 : state.pageTokens.decode(pageToken, scope);
    int end = Math.min(all.size(), offset + limit);
    List<Object> files = new ArrayList<>();
    for (int i = Math.min(offset, all.size()); i < end; i++) {
      files.add(json.render(all.get(i), caller.userId(), false));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", "drive#fileList");
    out.put("next_page_token", end < all.size() ? state.pageTokens.encode(scope, end) : "");
    out.put("files", files);
    out.put("version", "");
    out.put("version_outdated", false);
    return out;
  }

  private Map<String, Object> get(ApiCall call, RequestGuard.Caller caller, String id) {
    Map<String, String> q = call.query();
    checkCommon(q);
    String usage = q.get("usage");
    if (usage != null && !usage.equals("FETCH") && !usage.equals("CACHE")) {
      throw ApiFailure.invalidArgument("usage must be FETCH or CACHE");
    }
    DriveNode n = state.drive(caller.userId()).node(id);
    if (n == null || id.isEmpty()) {
      throw ApiFailure.notFound("file not found");
    }
    return json.render(n, caller.userId(), true, !state.driveFaults.takeNoLink(n.id));
  }

  private Map<String, Object> about(RequestGuard.Caller caller) {
    EmulatedDrive drive = state.drive(caller.userId());
    Map<String, Object> quota = new LinkedHashMap<>();
    quota.put("kind", "drive#quota");
    quota.put("limit", Long.toString(6L << 40));
    quota.put("usage", Long.toString(drive.usage(false)));
    quota.put("usage_in_trash", Long.toString(drive.usage(true)));
    quota.put("play_times_limit", "2");
    quota.put("play_times_usage", "0");
    quota.put("is_unlimited", false);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", "drive#about");
    out.put("quota", quota);
    out.put("quotas", Map.of());
    return out;
  }

  private static void checkCommon(Map<String, String> q) {
    String ts = q.get("thumbnail_size");
    if (ts != null && !ts.isEmpty() && !THUMBNAIL_SIZES.contains(ts)) {
      throw ApiFailure.invalidArgument("thumbnail_size must be SIZE_SMALL, SIZE_MEDIUM or SIZE_LARGE");
    }
    String audit = q.get("with_audit");
    if (audit != null && !audit.isEmpty() && !audit.equals("true") && !audit.equals("false")) {
      throw ApiFailure.invalidArgument("with_audit must be a boolean");
    }
  }
}
