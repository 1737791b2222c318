package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Offline (cloud) download tasks (protocol section 8): create ({@code POST /drive/v1/files} with
 * {@code upload_type=UPLOAD_TYPE_URL}), list ({@code GET /drive/v1/tasks}), get ({@code GET
 * /drive/v1/tasks/{id}}), retry ({@code POST /drive/v1/task}) and delete ({@code DELETE
 * /drive/v1/tasks}). The state and switches are in {@link EmulatedOffline}.
 */
final class OfflineRoutes implements DriveRoutes {
  private static final String TASKS = "/drive/v1/tasks";
  private static final String TASKS_PREFIX = "/drive/v1/tasks/";
  private static final Set<String> PHASES =
      Set.of(EmulatedTask.PENDING, EmulatedTask.RUNNING, EmulatedTask.COMPLETE, EmulatedTask.ERROR);
  private static final int MAX_LIMIT = 10_000;

  private final EmulatorState state;
  private final RequestGuard guard;
  private final FileJson fileJson;

  OfflineRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
    this.fileJson = new FileJson(state);
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    String method = call.method();
    String path = call.path();
    if (method.equals("POST") && path.equals("/drive/v1/files")) {
      Map<String, Object> body;
      try {
        body = Json.parseObject(call.body(), "body");
      } catch (ApiFailure f) {
        return false; // not ours to judge
      }
      if (!"UPLOAD_TYPE_URL".equals(body.get("upload_type"))) {
        return false;
      }
      create(call, body);
      return true;
    }
    if (method.equals("GET") && path.equals(TASKS)) {
      RequestGuard.Caller caller = caller(call);
      Http.sendJson(call.exchange(), 200, Json.write(list(call, caller)));
      return true;
    }
    if (method.equals("GET") && path.startsWith(TASKS_PREFIX) && path.length() > TASKS_PREFIX.length()
        && path.indexOf('/', TASKS_PREFIX.length()) < 0) {
      RequestGuard.Caller caller = caller(call);
      EmulatedTask t = offline().get(caller.userId(), path.substring(TASKS_PREFIX.length()));
      if (t == null) {
        throw ApiFailure.notFound("task not found");
      }
      Http.sendJson(call.exchange(), 200, Json.write(render(t)));
      return true;
    }
    if (method.equals("POST") && path.equals("/drive/v1/task")) {
      RequestGuard.Caller caller = caller(call);
      Http.sendJson(call.exchange(), 200, Json.write(retry(call, caller)));
      return true;
    }
    if (method.equals("DELETE") && path.equals(TASKS)) {
      RequestGuard.Caller caller = caller(call);
      delete(call, caller);
      Http.sendJson(call.exchange(), 200, "{}");
      return true;
    }
    return false;
  }

  private EmulatedOffline offline() {
    return state.offline;
  }

  private RequestGuard.Caller caller(ApiCall call) {
    RequestGuard.Caller caller = guard.authenticate(call);
    guard.checkCaptcha(call, caller, false);
    return caller;
  }

  private void create(ApiCall call, Map<String, Object> body) throws IOException {
    RequestGuard.Caller caller = caller(call);
    if (!"drive#file".equals(body.get("kind"))) {
      throw ApiFailure.invalidArgument("kind must be drive#file for UPLOAD_TYPE_URL");
    }
    Object urlObject = body.get("url");
    if (!(urlObject instanceof Map<?, ?> urlMap) || !(urlMap.get("url") instanceof String url)
        || url.isBlank()) {
      throw ApiFailure.invalidArgument("url.url is required");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("magnet:?") || lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("ed2k://"))) {
      throw ApiFailure.invalidArgument("url is not supported");
    }
    String name = string(body, "name");
    String parentId = string(body, "parent_id");
    String folderType = string(body, "folder_type");
    String parent = null;
    if (!parentId.isEmpty()) {
      DriveNode p = state.drive(caller.userId()).node(parentId);
      if (p == null || p.trashed) {
        throw ApiFailure.notFound("parent folder not found");
      }
      if (!p.isFolder()) {
        throw ApiFailure.invalidArgument("parent_id is not a folder");
      }
      parent = parentId;
    } else if (!folderType.equals("DOWNLOAD")) {
      parent = ""; // no parent and no DOWNLOAD folder type: the drive's root
    }
    offline().checkLimits(true);
    EmulatedTask t = offline().create(caller.userId(), url, name, parent);
    int fault = offline().takeCommitFault();
    if (fault < 0) {
      throw new IOException("connection dropped after the task was created");
    }
    if (fault > 0) {
      throw new ApiFailure(fault, "unavailable", 14, "Service Unavailable", "UNAVAILABLE");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("upload_type", "UPLOAD_TYPE_URL");
    out.put("url", Map.of("kind", "upload#url"));
    DriveNode file = t.phase.equals(EmulatedTask.COMPLETE) ? state.drive(caller.userId()).node(t.fileId) : null;
    out.put("file", file == null ? null : fileJson.render(file, caller.userId(), false));
    out.put("task", render(t));
    Http.sendJson(call.exchange(), 200, Json.write(out));
  }

  private Map<String, Object> list(ApiCall call, RequestGuard.Caller caller) {
    Map<String, String> q = call.query();
    if (!"offline".equals(q.get("type"))) {
      throw ApiFailure.invalidArgument("type must be offline");
    }
    int limit = state.pageSizeCap;
    String limitText = q.get("limit");
    if (limitText != null && !limitText.isEmpty()) {
      int l;
      try {
        l = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        throw ApiFailure.invalidArgument("limit must be an integer");
      }
      if (l < 1 || l > MAX_LIMIT) {
        throw ApiFailure.invalidArgument("limit must be between 1 and " + MAX_LIMIT);
      }
      limit = Math.min(l, state.pageSizeCap);
    }
    String filtersText = q.getOrDefault("filters", "");
    Set<String> phases = phaseFilter(filtersText);
    List<EmulatedTask> all = offline().list(caller.userId(), phases);
    String scope = caller.userId() + "\ntasks\n" + filtersText;
    String pageToken = q.getOrDefault("page_token", "");
    int offset = pageToken.isEmpty() ? 0 : state.pageTokens.decode(pageToken, scope);
    int end = Math.min(all.size(), offset + limit);
    List<Object> tasks = new ArrayList<>();
    for (int i = Math.min(offset, all.size()); i < end; i++) {
      tasks.add(render(all.get(i)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tasks", tasks);
    out.put("next_page_token", end < all.size() ? state.pageTokens.encode(scope, end) : "");
    out.put("expires_in", 60);
    return out;
  }

  /** Parses {@code {"phase":{"in":"A,B"}}} or {@code {"phase":{"eq":"A"}}}; the in-list must be a string. */
  private static Set<String> phaseFilter(String text) {
    Set<String> phases = new LinkedHashSet<>();
    if (text.isEmpty()) {
      return phases;
    }
    Map<String, Object> filters = Json.parseObject(text, "filters");
    for (Map.Entry<String, Object> e : filters.entrySet()) {
      if (!e.getKey().equals("phase")) {
        throw ApiFailure.invalidArgument("unsupported task filter: " + e.getKey());
      }
      if (!(e.getValue() instanceof Map<?, ?> ops)) {
        throw ApiFailure.invalidArgument("filters.phase must be an object");
      }
      for (Map.Entry<?, ?> op : ops.entrySet()) {
        if (!(op.getValue() instanceof String value)) {
          throw ApiFailure.invalidArgument("filters.phase." + op.getKey() + " must be a string"
              + (op.getKey().equals("in") ? " of comma-separated phases" : ""));
        }
        if (op.getKey().equals("in")) {
          for (String p : value.split(",")) {
            phases.add(checkPhase(p.strip()));
          }
        } else if (op.getKey().equals("eq")) {
          phases.add(checkPhase(value));
        } else {
          throw ApiFailure.invalidArgument("unsupported operator filters.phase." + op.getKey());
        }
      }
    }
    return phases;
  }

  private static String checkPhase(String p) {
    if (!PHASES.contains(p)) {
      throw ApiFailure.invalidArgument("unknown phase: " + p);
    }
    return p;
  }

  private Map<String, Object> retry(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    if (!"offline".equals(body.get("type")) || !"RETRY".equals(body.get("create_type"))) {
      throw ApiFailure.invalidArgument("type must be offline and create_type RETRY");
    }
    String id = string(body, "id");
    EmulatedTask t = offline().get(caller.userId(), id);
    if (t == null) {
      throw ApiFailure.notFound("task not found");
    }
    if (!t.phase.equals(EmulatedTask.ERROR)) {
      throw ApiFailure.invalidArgument("only a failed task can be retried");
    }
    offline().checkLimits(false);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", render(offline().retry(t)));
    return out;
  }

  private void delete(ApiCall call, RequestGuard.Caller caller) {
    String raw = call.exchange().getRequestURI().getRawQuery();
    List<String> ids = new ArrayList<>();
    String deleteFiles = "false";
    for (String pair : (raw == null ? "" : raw).split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = Http.decode(pair.substring(0, eq));
      String value = Http.decode(pair.substring(eq + 1));
      if (key.equals("task_ids")) {
        for (String id : value.split(",")) {
          if (!id.isBlank()) {
            ids.add(id.strip());
          }
        }
      } else if (key.equals("delete_files")) {
        deleteFiles = value;
      }
    }
    if (ids.isEmpty()) {
      throw ApiFailure.invalidArgument("task_ids is required");
    }
    if (!deleteFiles.equals("true") && !deleteFiles.equals("false")) {
      throw ApiFailure.invalidArgument("delete_files must be a boolean");
    }
    offline().delete(caller.userId(), ids, deleteFiles.equals("true"));
  }

  private Map<String, Object> render(EmulatedTask t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "drive#task");
    m.put("id", t.id);
    m.put("name", t.name);
    m.put("type", "offline");
    m.put("user_id", t.userId);
    m.put("statuses", List.of());
    m.put("status_size", 1);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("age", "0");
    params.put("predict_speed", "1048576");
    params.put("predict_type", "2");
    params.put("url", t.url);
    m.put("params", params);
    m.put("file_id", t.fileId);
    m.put("file_name", t.name);
    m.put("file_size", Long.toString(t.size));
    m.put("message", t.message);
    m.put("created_time", Times.format(t.createdTime));
    m.put("updated_time", Times.format(t.updatedTime));
    m.put("third_task_id", "");
    m.put("phase", t.phase);
    m.put("progress", t.progress);
    m.put("icon_link", "");
    m.put("callback", "");
    DriveNode file = t.fileId.isEmpty() ? null : state.drive(t.userId).node(t.fileId);
    m.put("reference_resource", file == null ? null : fileJson.render(file, t.userId, false));
    m.put("space", "");
    return m;
  }

  private static String string(Map<String, Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return "";
    }
    if (!(v instanceof String s)) {
      throw ApiFailure.invalidArgument(key + " must be a string");
    }
    return s;
  }
}
