package io.github.pikpak4j.server.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.offline.OfflineTask;
import io.github.pikpak4j.offline.TaskPhase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/offline} lists the offline tasks (a JSON array of the CLI's task shape); {@code POST /api/offline}
 * with {@code {"url": URL, "to": "/served/drive/path"}} adds one, validated like {@code pikpak offline add}, and
 * answers the task. Bad input: 400 with {@code {"error": message}}.
 */
final class OfflineApi {
  static final String PATH = "/api/offline";
  /** The largest request body read: 64 KiB. */
  static final int MAX_BODY = 64 * 1024;

  private final PikPakClient client;
  private final ServedTree tree;
  private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);

  OfflineApi(PikPakClient client, ServedTree tree) {
    this.client = client;
    this.tree = tree;
  }

  void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    switch (req.getMethod()) {
      case "GET" -> {
        List<Object> tasks = new ArrayList<>();
        for (OfflineTask t : client.offline().listAll(Set.<TaskPhase>of())) {
          tasks.add(task(t));
        }
        send(resp, 200, tasks);
      }
      case "POST" -> post(req, resp);
      default -> {
        resp.setHeader("Allow", "GET, POST");
        send(resp, 405, Map.of("error", "use GET or POST"));
      }
    }
  }

  private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Map<?, ?> body;
    try (InputStream in = req.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new InvalidInputException("the request body is larger than " + MAX_BODY + " bytes");
      }
      Object parsed = json.fromJson(new String(bytes, StandardCharsets.UTF_8));
      if (!(parsed instanceof Map<?, ?> m)) {
        throw new InvalidInputException("the body must be a JSON object {\"url\": URL, \"to\": PATH}");
      }
      body = m;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new InvalidInputException("the body is not valid JSON");
    }
    if (!(body.get("url") instanceof String url) || url.isBlank()) {
      throw new InvalidInputException("\"url\" is required: a magnet, ed2k, http(s) or social-site link");
    }
    AddOptions.Builder options = AddOptions.builder();
    Object to = body.get("to");
    if (to != null) {
      if (!(to instanceof String path)) {
        throw new InvalidInputException("\"to\" must be a served drive path");
      }
      Located folder = tree.resolve(ServedPaths.normalize(path));
      if (!folder.folder() || folder.node() == null || folder.mount() == null
          || !(folder.mount().source() instanceof DriveSource)) {
        throw new InvalidInputException("\"to\" must be a folder of a drive mount: " + path);
      }
      options.folderId(folder.node().id());
    }
    OfflineTask task = client.offline().add(url, options.build()).task();
    tree.invalidate();
    send(resp, 200, task(task));
  }

  static Map<String, @Nullable Object> task(OfflineTask t) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("phase", t.phase().name());
    m.put("progress", t.progress());
    m.put("file_id", t.fileId());
    m.put("file_name", t.fileName());
    m.put("file_size", t.fileSize());
    m.put("message", t.message());
    return m;
  }

  void send(HttpServletResponse resp, int status, Object body) throws IOException {
    byte[] bytes = json.toJson(body).getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
