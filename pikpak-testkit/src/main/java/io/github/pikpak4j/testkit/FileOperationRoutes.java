package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Drive operations (protocol §5.6, §5.8): create folder ({@code POST /drive/v1/files} with {@code
 * kind=drive#folder}), rename ({@code PATCH /drive/v1/files/{id}}), the batch calls {@code
 * files:batchMove}, {@code :batchCopy}, {@code :batchTrash}, {@code :batchUntrash}, {@code
 * :batchDelete}, {@code :star}, {@code :unstar}, empty trash ({@code PATCH
 * /drive/v1/files/trash:empty}) and the batch tasks ({@code GET /drive/v1/tasks/{id}}, only for ids
 * of {@link BatchTasks}; other task ids are left to the offline routes).
 *
 * <p>Names must be non-empty, at most 255 characters, without {@code /}; a folder created, copied or
 * moved onto a taken name gets {@code name(1)}; a rename onto a taken name fails with {@code
 * file_duplicated_name}; moving or copying a folder into itself or below itself fails with {@code
 * invalid_argument}, before anything changes.
 */
final class FileOperationRoutes implements DriveRoutes {
  private static final String FILES = "/drive/v1/files";
  private static final String FILES_PREFIX = "/drive/v1/files/";
  private static final String TASKS_PREFIX = "/drive/v1/tasks/";
  private static final String EMPTY_TRASH = "/drive/v1/files/trash:empty";
  private static final int MAX_NAME = 255;

  private final EmulatorState state;
  private final RequestGuard guard;
  private final FileJson json;

  FileOperationRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
    this.json = new FileJson(state);
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    String method = call.method();
    String path = call.path();
    if (method.equals("POST") && path.equals(FILES)) {
      return createFolder(call);
    }
    if (method.equals("PATCH") && path.equals(EMPTY_TRASH)) {
      emptyTrash(call);
      return true;
    }
    if (method.equals("PATCH") && path.startsWith(FILES_PREFIX)
        && path.length() > FILES_PREFIX.length() && path.indexOf('/', FILES_PREFIX.length()) < 0) {
      rename(call, path.substring(FILES_PREFIX.length()));
      return true;
    }
    if (method.equals("POST") && path.startsWith(FILES + ":")) {
      return batch(call, path.substring(FILES.length() + 1));
    }
    if (method.equals("GET") && path.startsWith(TASKS_PREFIX) && path.length() > TASKS_PREFIX.length()) {
      return task(call, path.substring(TASKS_PREFIX.length()));
    }
    return false;
  }

  private RequestGuard.Caller caller(ApiCall call) {
    RequestGuard.Caller caller = guard.authenticate(call);
    guard.checkCaptcha(call, caller, false);
    return caller;
  }

  private boolean createFolder(ApiCall call) throws IOException {
    Map<String, Object> body;
    try {
      body = Json.parseObject(call.body(), "body");
    } catch (ApiFailure notJson) {
      return false; // not ours to judge
    }
    if (!"drive#folder".equals(body.get("kind"))) {
      return false;
    }
    RequestGuard.Caller caller = caller(call);
    EmulatedDrive drive = state.drive(caller.userId());
    String name = name(body.get("name"));
    Object parentValue = body.getOrDefault("parent_id", "");
    if (parentValue == null) { // PikPakAPI's root
      state.deviations.record(call, Deviation.RULE_NULL_PARENT, "parent_id null for the root");
      parentValue = "";
    }
    if (!(parentValue instanceof String parentId)) {
      throw ApiFailure.invalidArgument("parent_id must be a string");
    }
    folder(drive, parentId, "parent_id");
    DriveNode created = drive.createFolder(parentId, name);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("upload_type", "UPLOAD_TYPE_UNKNOWN");
    out.put("file", json.render(created, caller.userId(), false));
    out.put("task", null);
    Http.sendJson(call.exchange(), 200, Json.write(out));
    return true;
  }

  private void rename(ApiCall call, String id) throws IOException {
    RequestGuard.Caller caller = caller(call);
    EmulatedDrive drive = state.drive(caller.userId());
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    String name = name(body.get("name"));
    DriveNode n = existing(drive, id);
    if (!drive.rename(id, name)) {
      throw new ApiFailure(
          400, "file_duplicated_name", 3, "A file with the same name already exists", "FILE_DUPLICATED_NAME");
    }
    Http.sendJson(call.exchange(), 200, Json.write(json.render(n, caller.userId(), false)));
  }

  private boolean batch(ApiCall call, String action) throws IOException {
    boolean move = action.equals("batchMove");
    boolean copy = action.equals("batchCopy");
    if (!List.of("batchMove", "batchCopy", "batchTrash", "batchUntrash", "batchDelete", "star", "unstar")
        .contains(action)) {
      return false;
    }
    RequestGuard.Caller caller = caller(call);
    EmulatedDrive drive = state.drive(caller.userId());
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    List<String> ids = ids(body.get("ids"));
    for (String id : ids) {
      existing(drive, id);
    }
    String to = "";
    if (move || copy) {
      if (!(body.get("to") instanceof Map<?, ?> target)) {
        throw ApiFailure.invalidArgument("to.parent_id is required");
      }
      if (target.isEmpty()) { // PikPakAPI's root
        state.deviations.record(call, Deviation.RULE_EMPTY_TO, "\"to\": {} for the root");
      } else if (target.get("parent_id") instanceof String dst) {
        to = dst;
      } else {
        throw ApiFailure.invalidArgument("to.parent_id is required");
      }
      folder(drive, to, "to.parent_id");
      for (String id : ids) {
        if (drive.isSelfOrAncestor(id, to)) {
          throw ApiFailure.invalidArgument("cannot " + (move ? "move" : "copy") + " a folder into itself");
        }
      }
    }
    if (action.equals("star") || action.equals("unstar")) {
      for (String id : ids) {
        drive.setStarred(id, action.equals("star"));
      }
      Http.sendJson(call.exchange(), 200, "{}");
      return true;
    }
    String failure = state.batchTasks.takeFailure();
    if (failure == null) {
      for (String id : ids) {
        if (drive.node(id) == null || state.driveFaults.skipsInBatch(id)) {
          continue; // deleted with an earlier id of this batch, or left alone by a fault switch
        }
        switch (action) {
          case "batchMove" -> drive.move(id, to);
          case "batchCopy" -> drive.copy(id, to);
          case "batchTrash" -> drive.setTrashed(id, true);
          case "batchUntrash" -> drive.setTrashed(id, false);
          default -> drive.deletePermanently(id);
        }
      }
    }
    answerTask(call, caller, action.replace("batch", "").toLowerCase(java.util.Locale.ROOT), failure);
    return true;
  }

  private void emptyTrash(ApiCall call) throws IOException {
    RequestGuard.Caller caller = caller(call);
    if (!call.body().isBlank()) {
      Json.parseObject(call.body(), "body");
    }
    EmulatedDrive drive = state.drive(caller.userId());
    String failure = state.batchTasks.takeFailure();
    if (failure == null) {
      for (String id : drive.trashedIds()) {
        if (drive.node(id) != null) {
          drive.deletePermanently(id);
        }
      }
    }
    answerTask(call, caller, "empty_trash", failure);
  }

  private void answerTask(ApiCall call, RequestGuard.Caller caller, String type, @Nullable String failure)
      throws IOException {
    if (state.batchTasks.withoutTaskId() && failure == null) {
      Http.sendJson(call.exchange(), 200, "{}");
      return;
    }
    String taskId = state.batchTasks.create(caller.userId(), type, state.clock.instant(), failure);
    Http.sendJson(call.exchange(), 200, Json.write(Map.of("task_id", taskId)));
  }

  private boolean task(ApiCall call, String id) throws IOException {
    RequestGuard.Caller caller = guard.authenticate(call);
    BatchTasks.Task t = state.batchTasks.get(id, caller.userId());
    if (t == null) {
      return false;
    }
    guard.checkCaptcha(call, caller, false);
    Http.sendJson(call.exchange(), 200, Json.write(BatchTasks.render(t, state.clock.instant())));
    return true;
  }

  private static String name(@Nullable Object value) {
    if (!(value instanceof String name) || name.isEmpty()) {
      throw ApiFailure.invalidArgument("name must be a non-empty string");
    }
    if (name.contains("/") || name.length() > MAX_NAME || name.equals(".") || name.equals("..")) {
      throw ApiFailure.invalidArgument("invalid file name");
    }
    return name;
  }

  private static List<String> ids(@Nullable Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw ApiFailure.invalidArgument("ids must be a non-empty array");
    }
    List<String> ids = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s) || s.isEmpty()) {
        throw ApiFailure.invalidArgument("ids must hold non-empty strings");
      }
      ids.add(s);
    }
    return ids;
  }

  private static DriveNode existing(EmulatedDrive drive, String id) {
    DriveNode n = drive.node(id);
    if (n == null || id.isEmpty()) {
      throw ApiFailure.notFound("file not found");
    }
    return n;
  }

  private static void folder(EmulatedDrive drive, String id, String field) {
    DriveNode n = drive.node(id);
    if (n == null || n.trashed) {
      throw ApiFailure.notFound(field + ": folder not found");
    }
    if (!n.isFolder()) {
      throw ApiFailure.invalidArgument(field + " is not a folder");
    }
  }
}
