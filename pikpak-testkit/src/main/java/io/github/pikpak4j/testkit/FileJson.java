package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders drive entries as PikPak File objects (protocol section 5.1). */
final class FileJson {
  private final EmulatorState state;

  FileJson(EmulatorState state) {
    this.state = state;
  }

  Map<String, Object> render(DriveNode n, String userId, boolean withMedias) {
    return render(n, userId, withMedias, !state.driveFaults.hidesLinks(n.id));
  }

  /**
   * Renders an entry.
   *
   * @param withMedias whether to list the renditions (get-file does, listings do not)
   * @param linkReady false to answer a file as right after an upload: no {@code
   *     web_content_link}, no {@code links}, no {@code medias} (see {@link DriveFaults})
   */
  Map<String, Object> render(DriveNode n, String userId, boolean withMedias, boolean linkReady) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", n.kind);
    m.put("id", n.id);
    m.put("parent_id", n.parentId);
    String name = state.driveFaults.answeredName(n.id, n.name);
    m.put("name", name);
    m.put("user_id", userId);
    m.put("size", Long.toString(n.size()));
    m.put("revision", "1");
    int dot = name.lastIndexOf('.');
    m.put("file_extension", n.isFolder() || dot < 0 ? "" : name.substring(dot));
    m.put("mime_type", n.mimeType);
    m.put("starred", n.starred);
    m.put("created_time", Times.format(n.createdTime));
    m.put("modified_time", Times.format(n.modifiedTime));
    m.put("icon_link", "");
    m.put("thumbnail_link", "");
    m.put("md5_checksum", "");
    m.put("hash", n.gcid());
    m.put("phase", n.phase);
    m.put("audit", Map.of("status", "STATUS_OK", "message", "", "title", ""));
    m.put("trashed", n.trashed);
    m.put("delete_time", "");
    m.put("original_url", "");
    m.put("params", Map.of());
    m.put("space", "");
    m.put("apps", List.of());
    m.put("writable", true);
    m.put("folder_type", n.isFolder() ? n.folderType : "");
    m.put("tags", List.of());
    Instant expire = state.clock.instant().plus(state.linkTtl);
    Map<String, Object> links = new LinkedHashMap<>();
    if (linkReady && !n.isFolder() && n.phase.equals("PHASE_TYPE_COMPLETE")) {
      String url = state.links.url(n.id, expire.getEpochSecond());
      m.put("web_content_link", url);
      links.put("application/octet-stream", link(url, expire));
    } else {
      m.put("web_content_link", "");
    }
    m.put("links", links);
    List<Object> medias = new ArrayList<>();
    if (linkReady && withMedias && !n.isFolder()) {
      for (int i = 0; i < n.medias.size(); i++) {
        medias.add(media(n, n.medias.get(i), i == 0, expire));
      }
    }
    m.put("medias", medias);
    return m;
  }

  private Map<String, Object> media(DriveNode n, DriveNode.Media md, boolean first, Instant exp) {
    String fid = md.origin() ? n.id : md.mediaId();
    Map<String, Object> video = new LinkedHashMap<>();
    video.put("height", md.height());
    video.put("width", md.width());
    video.put("duration", md.durationSeconds());
    video.put("bit_rate", md.content().size() * 8 / Math.max(1, md.durationSeconds()));
    video.put("frame_rate", 24);
    video.put("video_codec", "h264");
    video.put("audio_codec", "aac");
    video.put("video_type", md.origin() ? "mp4" : "mpegts");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("media_id", md.mediaId());
    m.put("media_name", md.origin() ? "Original" : md.resolutionName());
    m.put("video", video);
    m.put("link", link(state.links.url(fid, exp.getEpochSecond()), exp));
    m.put("need_more_quota", false);
    m.put("vip_types", List.of());
    m.put("redirect_link", "");
    m.put("icon_link", "");
    m.put("is_default", first);
    m.put("priority", 0);
    m.put("is_origin", md.origin());
    m.put("resolution_name", md.resolutionName());
    m.put("is_visible", true);
    m.put("category", md.origin() ? "category_origin" : "category_transcode");
    return m;
  }

  private static Map<String, Object> link(String url, Instant expire) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("url", url);
    l.put("token", "");
    l.put("expire", Times.format(expire));
    l.put("type", "");
    return l;
  }
}
