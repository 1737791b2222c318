package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Uploads: the create call ({@code POST /drive/v1/files} with {@code upload_type}
 * {@code UPLOAD_TYPE_RESUMABLE}, protocol section 7.1 and 7.2). When a complete file of the same
 * size and GCID exists in any drive, or the file is empty, the upload is instant: the file is
 * created complete and the answer has no {@code resumable}. Otherwise the file is created in
 * {@code PHASE_TYPE_RUNNING} and the answer carries STS credentials for one key of the OSS
 * listener ({@link OssHandler}), valid for 12 hours on the emulator clock.
 */
final class UploadRoutes implements DriveRoutes {
  static final String UPLOAD_TYPE = "UPLOAD_TYPE_RESUMABLE";
  private static final Pattern GCID = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Duration STS_TTL = Duration.ofHours(12);

  private final EmulatorState state;
  private final RequestGuard guard;
  private final FileJson json;

  UploadRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
    this.json = new FileJson(state);
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    if (!call.method().equals("POST") || !call.path().equals("/drive/v1/files")) {
      return false;
    }
    Map<String, Object> body;
    try {
      body = Json.parseObject(call.body(), "body");
    } catch (ApiFailure f) {
      return false;
    }
    if (!UPLOAD_TYPE.equals(body.get("upload_type"))) {
      return false;
    }
    RequestGuard.Caller caller = guard.authenticate(call);
    long size = size(body.get("size"));
    guard.checkCaptcha(call, caller, size == 0);
    Http.sendJson(call.exchange(), 200, Json.write(create(caller, body, size)));
    return true;
  }

  private Map<String, Object> create(RequestGuard.Caller caller, Map<String, Object> body, long size) {
    if (!"drive#file".equals(body.get("kind"))) {
      throw ApiFailure.invalidArgument("kind must be drive#file for an upload");
    }
    String name = text(body.get("name"));
    if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
      throw ApiFailure.invalidArgument("invalid file name");
    }
    String hash = text(body.get("hash"));
    if (!GCID.matcher(hash).matches()) {
      throw ApiFailure.invalidArgument("hash must be a GCID of 40 hexadecimal characters");
    }
    if (!(body.get("objProvider") instanceof Map) && !(body.get("resumable") instanceof Map)) {
      throw ApiFailure.invalidArgument("objProvider (or resumable) is required");
    }
    String gcid = hash.toUpperCase(Locale.ROOT);
    String parentId = text(body.get("parent_id"));
    EmulatedDrive drive = state.drive(caller.userId());
    DriveNode parent = drive.node(parentId);
    if (parent == null || parent.trashed) {
      throw ApiFailure.notFound("parent folder not found");
    }
    if (!parent.isFolder()) {
      throw ApiFailure.invalidArgument("parent_id is not a folder");
    }
    ContentSource known = size == 0 ? ContentSource.ofBytes(new byte[0]) : findContent(size, gcid);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("upload_type", UPLOAD_TYPE);
    String fileId;
    if (known != null) {
      fileId = drive.addUploaded(parentId, name, known, gcid, true);
      out.put("resumable", null);
    } else {
      PendingContent pending = new PendingContent(size);
      fileId = drive.addUploaded(parentId, name, pending, gcid, false);
      String key = "pikpak4j/" + caller.userId() + "/" + Ids.random(32);
      UploadStore.Sts sts =
          new UploadStore.Sts(
              "STS." + Ids.random(24),
              Ids.random(40),
              "CAIS" + Ids.random(200),
              state.clock.instant().plus(STS_TTL),
              key);
      state.uploads.register(sts, new UploadStore.Target(drive, fileId, size, gcid, pending));
      out.put("resumable", resumable(sts));
    }
    DriveNode node = drive.node(fileId);
    out.put("file", json.render(node, caller.userId(), false));
    out.put("task", task(node, fileId));
    return out;
  }

  private Map<String, Object> resumable(UploadStore.Sts sts) {
    String base = state.uploads.baseUrl;
    String endpoint = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("access_key_id", sts.accessKeyId());
    params.put("access_key_secret", sts.secret());
    params.put("bucket", UploadStore.BUCKET);
    params.put("endpoint", endpoint);
    params.put("expiration", Times.format(sts.expiration()));
    params.put("key", sts.key());
    params.put("security_token", sts.securityToken());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("kind", "drive#resumable");
    r.put("provider", "PROVIDER_ALIYUN");
    r.put("params", params);
    return r;
  }

  private static Map<String, Object> task(DriveNode node, String fileId) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("kind", "drive#task");
    t.put("id", Ids.fileId("task/" + fileId));
    t.put("name", node.name);
    t.put("type", "UPLOAD");
    t.put("phase", node.phase);
    t.put("file_id", fileId);
    t.put("file_name", node.name);
    t.put("file_size", Long.toString(node.size()));
    t.put("created_time", Times.format(node.createdTime));
    return t;
  }

  private @Nullable ContentSource findContent(long size, String gcid) {
    ContentSource indexed = state.resources.indexed(gcid, size); // a described magnet's file
    if (indexed != null) {
      return indexed;
    }
    for (EmulatedDrive d : state.drives.values()) {
      for (DriveNode n :
          d.select("*", n -> n.content != null && n.size() == size && "PHASE_TYPE_COMPLETE".equals(n.phase))) {
        if (n.gcid().equalsIgnoreCase(gcid)) {
          return n.content;
        }
      }
    }
    return null;
  }

  private static long size(@Nullable Object v) {
    long size;
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.floor(d)) {
        throw ApiFailure.invalidArgument("size must be an integer");
      }
      size = (long) d;
    } else if (v instanceof String s) {
      try {
        size = Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw ApiFailure.invalidArgument("size must be an integer");
      }
    } else {
      throw ApiFailure.invalidArgument("size is required");
    }
    if (size < 0) {
      throw ApiFailure.invalidArgument("size must not be negative");
    }
    return size;
  }

  private static String text(@Nullable Object v) {
    return v instanceof String s ? s : "";
  }
}
