package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One file or folder of an emulated drive; guarded by its drive's lock. */
final class DriveNode {
  static final String FOLDER = "drive#folder";
  static final String FILE = "drive#file";

  /** A playback rendition of a video file. */
  record Media(
      String mediaId,
      String name,
      String resolutionName,
      int width,
      int height,
      int durationSeconds,
      boolean origin,
      ContentSource content) {}

  final String id;
  String parentId;
  final String kind;
  String name;
  final @Nullable ContentSource content;
  final Instant createdTime;
  Instant modifiedTime;
  boolean trashed;
  boolean starred;
  String phase = "PHASE_TYPE_COMPLETE";
  String folderType = "NORMAL";
  String mimeType;
  private @Nullable String gcid;
  final List<Media> medias = new ArrayList<>();
  final List<DriveNode> children = new ArrayList<>();

  DriveNode(
      String id,
      String parentId,
      String kind,
      String name,
      @Nullable ContentSource content,
      Instant created,
      String mimeType) {
    this.id = id;
    this.parentId = parentId;
    this.kind = kind;
    this.name = name;
    this.content = content;
    this.createdTime = created;
    this.modifiedTime = created;
    this.mimeType = mimeType;
  }

  boolean isFolder() {
    return FOLDER.equals(kind);
  }

  long size() {
    return content == null ? 0 : content.size();
  }

  /** Sets the GCID a client declared for uploaded content, so that it is never recomputed. */
  void presetGcid(String value) {
    gcid = value;
  }

  /** The GCID if it was declared or computed already, else null (computing it reads the whole content). */
  @Nullable String knownGcid() {
    return gcid;
  }

  /** The GCID, computed on first use (files only). */
  String gcid() {
    if (content == null) {
      return "";
    }
    String g = gcid;
    if (g == null) {
      g = Gcid.of(content);
      gcid = g;
    }
    return g;
  }

  static String mimeFor(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".md")) {
      return "text/plain";
    }
    if (n.endsWith(".mp4")) {
      return "video/mp4";
    }
    if (n.endsWith(".mkv")) {
      return "video/x-matroska";
    }
    if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (n.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }
}
