package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The content-lookup routes of the drive listener: {@code GET /drive/v1/resource/cid} (rclone {@code getGcid}),
 * {@code POST /drive/v1/resource/list} (an rclone fork's {@code ResourceList}), {@code POST /decompress/v1/list}
 * and {@code POST /decompress/v1/decompress} (rclone's archive types). What magnets and archives contain is set
 * through {@link EmulatedResources}. The archive {@code status} strings other than {@code OK} are the emulator's
 * own: no peer records PikPak's.
 */
final class ResourceRoutes implements DriveRoutes {
  private static final Pattern HEX40 = Pattern.compile("[0-9A-Fa-f]{40}");
  private static final Pattern BTIH = Pattern.compile("(?i)xt=urn:btih:([0-9a-z]+)");

  private final EmulatorState state;
  private final RequestGuard guard;

  ResourceRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    String route = call.method() + " " + call.path();
    Map<String, Object> out;
    switch (route) {
      case "GET /drive/v1/resource/cid" -> out = cid(call, guard.signedIn(call));
      case "POST /drive/v1/resource/list" -> out = list(call, guard.signedIn(call));
      case "POST /decompress/v1/list", "POST /decompress/v1/decompress" -> out = archive(call, guard.signedIn(call));
      default -> {
        return false;
      }
    }
    Http.sendJson(call.exchange(), 200, Json.write(out));
    return true;
  }

  private Map<String, Object> cid(ApiCall call, RequestGuard.Caller caller) {
    String cid = call.query().getOrDefault("cid", "");
    long size;
    try {
      size = Long.parseLong(call.query().getOrDefault("file_size", "0"));
    } catch (NumberFormatException e) {
      size = 0;
    }
    if (!HEX40.matcher(cid).matches() || size <= 0) {
      throw ApiFailure.invalidArgument("cid and file_size is required");
    }
    long wanted = size;
    for (EmulatedDrive d : state.drives.values()) {
      for (DriveNode n :
          d.select("*", n -> n.content != null && n.size() == wanted && "PHASE_TYPE_COMPLETE".equals(n.phase))) {
        if (Cid.of(n.content).equalsIgnoreCase(cid)) {
          return Map.of("gcid", n.gcid());
        }
      }
    }
    return Map.of("gcid", "");
  }

  private Map<String, Object> list(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    if (!(body.get("urls") instanceof String urls) || urls.isBlank()) {
      throw ApiFailure.invalidArgument("urls is required");
    }
    String url = urls.trim().split("\\s+")[0];
    EmulatedResources.Described d = state.resources.described(url);
    Map<String, Object> top = new LinkedHashMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("url", url);
    if (d == null) { // PikPak's placeholder for content it has never seen (pikpak-kotlin's wiki)
      java.util.regex.Matcher btih = BTIH.matcher(url);
      top.put("name", btih.find() ? btih.group(1) : url);
      top.put("file_size", "0");
      top.put("file_count", 0);
      top.put("file_index", 0);
      top.put("is_dir", false);
      meta.put("hash", "");
    } else {
      long total = d.files().stream().mapToLong(EmulatedResources.Entry::size).sum();
      boolean single = d.files().size() == 1 && !d.files().get(0).path().contains("/");
      top.put("name", d.name());
      top.put("file_size", Long.toString(total));
      top.put("file_count", d.files().size());
      top.put("file_index", single ? d.files().get(0).index() : 0);
      top.put("is_dir", !single);
      if (single) {
        meta.put("hash", d.gcids().getOrDefault(d.files().get(0).index(), ""));
      } else {
        top.put("dir", tree(d, ""));
      }
      meta.put("error", "");
      meta.put("status", d.gcids().isEmpty() ? "0" : "1");
    }
    top.put("meta", meta);
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("page_size", 500);
    list.put("next_page_token", "");
    list.put("resources", List.of(top));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("list_id", Ids.random(16));
    out.put("list", list);
    return out;
  }

  /** The {@code dir} object of the folder {@code prefix} (ending with {@code /}, or {@code ""} for the top). */
  private static Map<String, Object> tree(EmulatedResources.Described d, String prefix) {
    List<EmulatedResources.Entry> files = d.files();
    List<Map<String, Object>> children = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    for (EmulatedResources.Entry e : files) {
      if (!e.path().startsWith(prefix)) {
        continue;
      }
      String rest = e.path().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", rest);
        f.put("file_size", Long.toString(e.size()));
        f.put("file_index", e.index());
        f.put("is_dir", false);
        f.put("meta", Map.of("hash", d.gcids().getOrDefault(e.index(), "")));
        children.add(f);
      } else if (!folders.contains(rest.substring(0, slash))) {
        String folder = rest.substring(0, slash);
        folders.add(folder);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", folder);
        f.put("is_dir", true);
        f.put("dir", tree(d, prefix + folder + "/"));
        children.add(f);
      }
    }
    Map<String, Object> dir = new LinkedHashMap<>();
    dir.put("page_size", 500);
    dir.put("next_page_token", "");
    dir.put("resources", children);
    return dir;
  }

  /** Lists or extracts an archive; a missing archive or a wrong password is answered with a non-OK status. */
  private Map<String, Object> archive(ApiCall call, RequestGuard.Caller caller) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    DriveNode file = archiveFile(body, caller);
    EmulatedResources.Archive a = state.resources.archiveOf(file.id);
    String refusal =
        a == null ? "not an archive" : a.password() != null && !a.password().equals(body.get("password"))
            ? "wrong password" : null;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", refusal == null ? "OK" : "ERROR");
    out.put("status_text", refusal == null ? "" : refusal);
    if (refusal != null) {
      return out;
    }
    if (call.path().endsWith("/list")) {
      out.put("gcid", file.gcid());
      out.put("files", listing(a));
    } else {
      extract(state.drive(caller.userId()), file, a);
      out.put("task_id", file.id);
      out.put("files_num", a.entries().size());
      out.put("redirect_link", "");
    }
    return out;
  }

  private static List<Map<String, Object>> listing(EmulatedResources.Archive a) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (EmulatedResources.Entry e : a.entries()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("index", e.index());
      f.put("filename", e.path().substring(e.path().lastIndexOf('/') + 1));
      f.put("filesize", Long.toString(e.size()));
      f.put("kind", "drive#file");
      f.put("path", e.path());
      files.add(f);
    }
    return files;
  }

  /** Creates the entries next to the archive (rclone's {@code default_parent: true}), folders as needed. */
  private static void extract(EmulatedDrive drive, DriveNode file, EmulatedResources.Archive a) {
    for (EmulatedResources.Entry e : a.entries()) {
      String parent = file.parentId;
      String[] parts = e.path().split("/");
      for (int i = 0; i < parts.length - 1; i++) {
        parent = folder(drive, parent, parts[i]);
      }
      drive.addFile(parent, parts[parts.length - 1], e.size(), e.index());
    }
  }

  private DriveNode archiveFile(Map<String, Object> body, RequestGuard.Caller caller) {
    if (!(body.get("file_id") instanceof String id) || !(body.get("gcid") instanceof String gcid)) {
      throw ApiFailure.invalidArgument("file_id and gcid are required");
    }
    DriveNode n = state.drive(caller.userId()).node(id);
    if (n == null || n.isFolder() || !n.gcid().equalsIgnoreCase(gcid)) {
      throw ApiFailure.notFound("file not found");
    }
    return n;
  }

  private static String folder(EmulatedDrive drive, String parent, String name) {
    for (String child : drive.children(parent)) {
      if (drive.name(child).equals(name)) {
        return child;
      }
    }
    return drive.addFolder(parent, name);
  }
}
