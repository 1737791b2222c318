package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keeps an emulator's accounts, drives (tree and file contents), shares and offline tasks in a directory, so that an
 * emulator started on the same directory carries on where the last one stopped.
 *
 * <p>Layout, version {@value #VERSION}:
 *
 * <ul>
 *   <li>{@code state.json}: {@code {"version":1,"accounts":[...],"drives":[{"user_id","id_counter","entries":[...]}],
 *       "shares":{"id_counter","entries":[...]},"offline":{"sequence","tasks":[...]}}}; an entry's content is its
 *       recipe ({@code {"seeded":size,"seed":"n"}}, {@code {"pattern":size}}) or a blob ({@code {"blob":name,
 *       "size":n}});
 *   <li>{@code blobs/<sha-256>}: the bytes of the files that are not generated (uploads, text), once each;
 *   <li>{@code tokens.json}: the issued tokens ({@link AuthStateFile}).
 * </ul>
 *
 * <p>Each file is written whole to a temporary file and moved into place ({@link PrivateFiles}): 0600 files, 0700
 * directories. Uploads still in progress are not kept. A save whose blobs would exceed the size limit fails and leaves
 * the last saved state as it was.
 */
final class StateSnapshot implements AutoCloseable {
  static final int VERSION = 1;
  static final String STATE_FILE = "state.json";
  static final String TOKENS_FILE = "tokens.json";
  static final String BLOBS = "blobs";

  private final Path dir;
  private final long maxBlobBytes;
  /** The blob each content was loaded from or saved to, so that unchanged bytes are neither hashed nor written again. */
  private final Map<ContentSource, String> blobs = new IdentityHashMap<>();
  private final List<PartsContent> opened = new ArrayList<>();

  StateSnapshot(Path dir, long maxBlobBytes) {
    this.dir = dir.toAbsolutePath();
    this.maxBlobBytes = maxBlobBytes;
  }

  Path tokensFile() {
    return dir.resolve(TOKENS_FILE);
  }

  // ---- save ------------------------------------------------------------------------------------

  /**
   * Writes the state: blobs first, then {@code state.json} in one move, then removes the blobs nothing refers to.
   *
   * @throws IllegalStateException when the stored file contents would exceed the limit (nothing is changed)
   * @throws UncheckedIOException when it cannot be written
   */
  synchronized void save(EmulatorState state) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    List<Object> accounts = new ArrayList<>();
    List<Object> drives = new ArrayList<>();
    Map<ContentSource, Boolean> toStore = new IdentityHashMap<>();
    Map<EmulatedDrive, List<DriveNode>> trees = new IdentityHashMap<>();
    for (Account a : state.accounts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("user_id", a.userId());
      m.put("username", a.username());
      m.put("password", a.password());
      m.put("created_at", a.createdAt().toString());
      accounts.add(m);
      EmulatedDrive drive = state.drive(a.userId());
      List<DriveNode> kept = new ArrayList<>();
      Set<String> skipped = new HashSet<>();
      for (DriveNode n : drive.treeOrder()) {
        if (skipped.contains(n.parentId) || (n.content instanceof PendingContent p && !p.filled())) {
          skipped.add(n.id);
          continue;
        }
        kept.add(n);
        collectBlobs(n, toStore);
      }
      trees.put(drive, kept);
    }
    long total = 0;
    for (ContentSource c : toStore.keySet()) {
      total += c.size();
    }
    if (total > maxBlobBytes) {
      throw new IllegalStateException(
          "the emulator's stored file contents would take " + total + " bytes, over the limit of " + maxBlobBytes
              + "; the state in " + dir + " was left as it was");
    }
    try {
      for (ContentSource c : toStore.keySet()) {
        if (!blobs.containsKey(c)) {
          blobs.put(c, writeBlob(c));
        }
      }
      for (Account a : state.accounts) {
        EmulatedDrive drive = state.drive(a.userId());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("user_id", a.userId());
        d.put("id_counter", drive.idCounter());
        List<Object> entries = new ArrayList<>();
        for (DriveNode n : trees.get(drive)) {
          entries.add(entry(n));
        }
        d.put("entries", entries);
        drives.add(d);
      }
      root.put("accounts", accounts);
      root.put("drives", drives);
      root.put("shares", shares(state.shares));
      root.put("offline", offline(state.offline));
      String json = Json.write(root) + "\n";
      PrivateFiles.write(dir.resolve(STATE_FILE), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
      removeUnusedBlobs(toStore);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the emulator state in " + dir, e);
    }
  }

  private static void collectBlobs(DriveNode n, Map<ContentSource, Boolean> toStore) {
    if (n.content != null && isBlob(n.content)) {
      toStore.put(n.content, Boolean.TRUE);
    }
    for (DriveNode.Media m : n.medias) {
      if (!m.origin() && isBlob(m.content())) {
        toStore.put(m.content(), Boolean.TRUE);
      }
    }
  }

  private static boolean isBlob(ContentSource c) {
    return !(c instanceof SeededContent) && !(c instanceof PatternContent);
  }

  private Map<String, Object> content(ContentSource c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (c instanceof SeededContent s) {
      m.put("seeded", s.size());
      m.put("seed", Long.toString(s.seed()));
    } else if (c instanceof PatternContent) {
      m.put("pattern", c.size());
    } else {
      m.put("blob", blobs.get(c));
      m.put("size", c.size());
    }
    return m;
  }

  private Map<String, Object> entry(DriveNode n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id);
    m.put("parent_id", n.parentId);
    m.put("kind", n.kind);
    m.put("name", n.name);
    m.put("created_time", n.createdTime.toString());
    m.put("modified_time", n.modifiedTime.toString());
    m.put("trashed", n.trashed);
    m.put("starred", n.starred);
    m.put("phase", n.phase);
    m.put("folder_type", n.folderType);
    m.put("mime_type", n.mimeType);
    if (n.content != null) {
      m.put("content", content(n.content));
      m.put("gcid", n.knownGcid());
      List<Object> medias = new ArrayList<>();
      for (DriveNode.Media md : n.medias) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("media_id", md.mediaId());
        mm.put("name", md.name());
        mm.put("resolution_name", md.resolutionName());
        mm.put("width", md.width());
        mm.put("height", md.height());
        mm.put("duration", md.durationSeconds());
        mm.put("origin", md.origin());
        if (!md.origin()) {
          mm.put("content", content(md.content()));
        }
        medias.add(mm);
      }
      m.put("medias", medias);
    }
    return m;
  }

  private static Map<String, Object> shares(EmulatedShares shares) {
    List<Object> entries = new ArrayList<>();
    for (EmulatedShares.Entry e : shares.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("share_id", e.shareId);
      m.put("owner_user_id", e.ownerUserId);
      m.put("file_ids", e.fileIds);
      m.put("pass_code", e.passCode);
      m.put("expiration_days", e.expirationDays);
      m.put("created_at", e.createdAt.toString());
      m.put("status", e.status);
      m.put("cancelled", e.cancelled);
      m.put("view_count", e.viewCount);
      m.put("restore_count", e.restoreCount);
      entries.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id_counter", shares.idCounter());
    m.put("entries", entries);
    return m;
  }

  private static Map<String, Object> offline(EmulatedOffline offline) {
    List<Object> tasks = new ArrayList<>();
    for (EmulatedTask t : offline.allTasks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id);
      m.put("user_id", t.userId);
      m.put("url", t.url);
      m.put("name", t.name);
      m.put("size", t.size);
      m.put("parent_id", t.parentId);
      m.put("to_my_pack", t.toMyPack);
      m.put("sequence", t.sequence);
      m.put("created_time", t.createdTime.toString());
      m.put("duration_ms", t.duration.toMillis());
      m.put("always_fails", t.alwaysFails);
      m.put("fails_once", t.failsOnce);
      m.put("started_time", t.startedTime.toString());
      m.put("updated_time", t.updatedTime.toString());
      m.put("attempt", t.attempt);
      m.put("phase", t.phase);
      m.put("progress", t.progress);
      m.put("message", t.message);
      m.put("file_id", t.fileId);
      tasks.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequence", offline.taskSequence());
    m.put("tasks", tasks);
    return m;
  }

  private String writeBlob(ContentSource c) throws IOException {
    MessageDigest sha = sha256();
    Path blobDir = dir.resolve(BLOBS);
    Path pending = blobDir.resolve(".incoming");
    PrivateFiles.write(
        pending,
        out -> {
          byte[] buf = new byte[64 * 1024];
          try (InputStream in = c.openStream(0)) {
            int n;
            while ((n = in.read(buf)) >= 0) {
              sha.update(buf, 0, n);
              out.write(buf, 0, n);
            }
          }
        });
    String name = Gcid.hex(sha.digest());
    Path target = blobDir.resolve(name);
    if (Files.exists(target)) {
      Files.delete(pending);
    } else {
      Files.move(pending, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return name;
  }

  private void removeUnusedBlobs(Map<ContentSource, Boolean> used) throws IOException {
    Set<String> keep = new HashSet<>();
    for (ContentSource c : used.keySet()) {
      keep.add(blobs.get(c));
    }
    blobs.keySet().retainAll(used.keySet());
    Path blobDir = dir.resolve(BLOBS);
    if (!Files.isDirectory(blobDir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(blobDir)) {
      for (Path f : files) {
        if (!keep.contains(f.getFileName().toString())) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  // ---- load ------------------------------------------------------------------------------------

  /**
   * Loads a saved state into a fresh emulator state whose demo account exists already.
   *
   * @return false when nothing was saved yet
   * @throws UncheckedIOException when the state cannot be read or is malformed
   */
  synchronized boolean load(EmulatorState state) {
    Path file = dir.resolve(STATE_FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emulator state " + file, e);
    }
    try {
      Map<String, Object> root = Json.parseObject(text, "state");
      if (!(root.get("version") instanceof Double v) || v.intValue() != VERSION) {
        throw new IllegalArgumentException("unknown version");
      }
      for (Map<?, ?> m : AuthStateFile.objects(root.get("accounts"))) {
        restoreAccount(state, m);
      }
      for (Map<?, ?> d : AuthStateFile.objects(root.get("drives"))) {
        EmulatedDrive drive = state.drive(AuthStateFile.string(d, "user_id"));
        List<DriveNode> entries = new ArrayList<>();
        for (Map<?, ?> m : AuthStateFile.objects(d.get("entries"))) {
          entries.add(node(m));
        }
        drive.restore(entries, integer(d, "id_counter"));
      }
      Map<?, ?> shares = object(root.get("shares"));
      List<EmulatedShares.Entry> shareEntries = new ArrayList<>();
      for (Map<?, ?> m : AuthStateFile.objects(shares.get("entries"))) {
        shareEntries.add(share(m));
      }
      state.shares.restore(shareEntries, integer(shares, "id_counter"));
      Map<?, ?> offline = object(root.get("offline"));
      List<EmulatedTask> tasks = new ArrayList<>();
      for (Map<?, ?> m : AuthStateFile.objects(offline.get("tasks"))) {
        tasks.add(task(m));
      }
      state.offline.restore(tasks, number(offline, "sequence"));
    } catch (ApiFailure | IllegalArgumentException | ClassCastException | DateTimeParseException e) {
      throw new UncheckedIOException(
          "malformed emulator state " + file + " (delete its directory to start afresh)",
          new IOException(e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emulator state's file contents in " + dir, e);
    }
    return true;
  }

  private static void restoreAccount(EmulatorState state, Map<?, ?> m) {
    String userId = AuthStateFile.string(m, "user_id");
    String username = AuthStateFile.string(m, "username");
    if (state.accountById(userId) == null) {
      String made = state.addAccount(username, AuthStateFile.string(m, "password"));
      if (!made.equals(userId)) {
        throw new IllegalArgumentException("user id of " + username + " does not match");
      }
    }
    Account a = state.accountById(userId);
    if (a != null) {
      state.accounts.set(
          state.accounts.indexOf(a),
          new Account(userId, a.username(), a.password(), Instant.parse(AuthStateFile.string(m, "created_at"))));
    }
  }

  private DriveNode node(Map<?, ?> m) throws IOException {
    String kind = AuthStateFile.string(m, "kind");
    ContentSource content = m.get("content") == null ? null : contentOf(object(m.get("content")));
    DriveNode n =
        new DriveNode(
            AuthStateFile.string(m, "id"),
            text(m, "parent_id"),
            kind,
            AuthStateFile.string(m, "name"),
            content,
            Instant.parse(AuthStateFile.string(m, "created_time")),
            text(m, "mime_type"));
    n.modifiedTime = Instant.parse(AuthStateFile.string(m, "modified_time"));
    n.trashed = Boolean.TRUE.equals(m.get("trashed"));
    n.starred = Boolean.TRUE.equals(m.get("starred"));
    n.phase = AuthStateFile.string(m, "phase");
    n.folderType = AuthStateFile.string(m, "folder_type");
    if (content != null) {
      if (m.get("gcid") instanceof String gcid) {
        n.presetGcid(gcid);
      }
      for (Map<?, ?> md : AuthStateFile.objects(m.get("medias"))) {
        boolean origin = Boolean.TRUE.equals(md.get("origin"));
        n.medias.add(
            new DriveNode.Media(
                AuthStateFile.string(md, "media_id"),
                AuthStateFile.string(md, "name"),
                AuthStateFile.string(md, "resolution_name"),
                integer(md, "width"),
                integer(md, "height"),
                integer(md, "duration"),
                origin,
                origin ? content : contentOf(object(md.get("content")))));
      }
    }
    return n;
  }

  private ContentSource contentOf(Map<?, ?> m) throws IOException {
    if (m.get("seeded") != null) {
      return ContentSource.seeded(number(m, "seeded"), Long.parseLong(AuthStateFile.string(m, "seed")));
    }
    if (m.get("pattern") != null) {
      return ContentSource.pattern(number(m, "pattern"));
    }
    String name = AuthStateFile.string(m, "blob");
    if (!name.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("bad blob name");
    }
    Path file = dir.resolve(BLOBS).resolve(name);
    long size = number(m, "size");
    if (Files.size(file) != size) {
      throw new IllegalArgumentException("blob " + name + " is not " + size + " bytes");
    }
    PartsContent c = new PartsContent(List.of(new StoredPart(1, file, size, "", List.of(), Instant.EPOCH)));
    opened.add(c);
    blobs.put(c, name);
    return c;
  }

  private static EmulatedShares.Entry share(Map<?, ?> m) {
    List<String> fileIds = new ArrayList<>();
    if (!(m.get("file_ids") instanceof List<?> ids)) {
      throw new IllegalArgumentException("missing file_ids");
    }
    for (Object id : ids) {
      fileIds.add((String) id);
    }
    EmulatedShares.Entry e =
        new EmulatedShares.Entry(
            AuthStateFile.string(m, "share_id"),
            AuthStateFile.string(m, "owner_user_id"),
            fileIds,
            (String) m.get("pass_code"),
            integer(m, "expiration_days"),
            Instant.parse(AuthStateFile.string(m, "created_at")));
    e.status = AuthStateFile.string(m, "status");
    e.cancelled = Boolean.TRUE.equals(m.get("cancelled"));
    e.viewCount = integer(m, "view_count");
    e.restoreCount = integer(m, "restore_count");
    return e;
  }

  private static EmulatedTask task(Map<?, ?> m) {
    EmulatedTask t =
        new EmulatedTask(
            AuthStateFile.string(m, "id"),
            AuthStateFile.string(m, "user_id"),
            AuthStateFile.string(m, "url"),
            AuthStateFile.string(m, "name"),
            number(m, "size"),
            (String) m.get("parent_id"),
            Boolean.TRUE.equals(m.get("to_my_pack")),
            number(m, "sequence"),
            Instant.parse(AuthStateFile.string(m, "created_time")),
            Duration.ofMillis(number(m, "duration_ms")),
            Boolean.TRUE.equals(m.get("always_fails")),
            Boolean.TRUE.equals(m.get("fails_once")));
    t.startedTime = Instant.parse(AuthStateFile.string(m, "started_time"));
    t.updatedTime = Instant.parse(AuthStateFile.string(m, "updated_time"));
    t.attempt = integer(m, "attempt");
    t.phase = AuthStateFile.string(m, "phase");
    t.progress = integer(m, "progress");
    t.message = text(m, "message");
    t.fileId = text(m, "file_id");
    return t;
  }

  private static Map<?, ?> object(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("expected an object");
    }
    return m;
  }

  private static String text(Map<?, ?> m, String key) {
    if (!(m.get(key) instanceof String s)) {
      throw new IllegalArgumentException("missing " + key);
    }
    return s;
  }

  private static long number(Map<?, ?> m, String key) {
    if (!(m.get(key) instanceof Double d) || d != Math.rint(d)) {
      throw new IllegalArgumentException("missing " + key);
    }
    return d.longValue();
  }

  private static int integer(Map<?, ?> m, String key) {
    return Math.toIntExact(number(m, key));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Closes the blobs read at load. */
  @Override
  public synchronized void close() {
    for (PartsContent c : opened) {
      c.close();
    }
    opened.clear();
  }
}
