package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.files.EntryNames;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.LocalNames;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Parameters;

/**
 * The shared body of {@code copy}, {@code sync} and {@code check}: one side a local directory, the other a drive
 * folder written {@code pikpak:PATH}, in either order. Both trees are listed (the drive once per folder); files are
 * the same when their sizes are equal and their GCIDs too (the drive reports its GCIDs; local ones come from the
 * {@link GcidCache}, so an unchanged tree is not read again). Only what is missing or differs is transferred; uploads
 * are instant when PikPak knows the content.
 */
abstract class MirrorCommand extends ClientCommand {
  /** The prefix that marks a drive folder argument. */
  static final String DRIVE_PREFIX = "pikpak:";

  @Parameters(index = "0", paramLabel = "SRC", description = "A local directory or pikpak:PATH.")
  String src = "";

  @Parameters(index = "1", paramLabel = "DST", description = "A local directory or pikpak:PATH (the other kind).")
  String dst = "";

  /** What a comparison found, by relative path (sorted). */
  record Difference(List<String> missingOnDst, List<String> missingOnSrc, List<String> differ, int same) {
    /** Returns whether the two sides hold the same files. */
    boolean none() {
      return missingOnDst.isEmpty() && missingOnSrc.isEmpty() && differ.isEmpty();
    }
  }

  /** Both sides listed: local files and directories, drive files and folders, keyed by local relative path. */
  final class Sides {
    final Path localRoot;
    final boolean localIsSrc;
    final @Nullable FileEntry driveRoot;
    final Map<String, LocalTree.Node> localFiles = new TreeMap<>();
    final Map<String, LocalTree.Node> localDirs = new TreeMap<>();
    final Map<String, DriveTree.Node> driveFiles = new TreeMap<>();
    final Map<String, DriveTree.Node> driveFolders = new TreeMap<>();
    final GcidCache cache;

    Sides(Path localRoot, boolean localIsSrc, @Nullable FileEntry driveRoot, GcidCache cache, PikPakClient client) {
      this.localRoot = localRoot;
      this.localIsSrc = localIsSrc;
      this.driveRoot = driveRoot;
      this.cache = cache;
      if (Files.isDirectory(localRoot)) {
        for (LocalTree.Node n : LocalTree.walk(localRoot)) {
          (n.directory() ? localDirs : localFiles).put(n.relative(), n);
        }
      }
      if (driveRoot != null) {
        for (DriveTree.Node n : DriveTree.walk(client.files(), driveRoot.id(), bad -> {
          throw new CommandFailedException(TerminalText.safe(drivePath() + "/" + bad)
              + ": the name cannot be a local file name; nothing was compared");
        })) {
          (n.entry().isFolder() ? driveFolders : driveFiles).put(n.localRelative(), n);
        }
      }
    }

    /** Compares SRC with DST. */
    Difference compare() {
      Map<String, ?> srcFiles = localIsSrc ? localFiles : driveFiles;
      Map<String, ?> dstFiles = localIsSrc ? driveFiles : localFiles;
      List<String> missingOnDst = new ArrayList<>();
      List<String> differ = new ArrayList<>();
      int same = 0;
      for (String path : srcFiles.keySet()) {
        if (!dstFiles.containsKey(path)) {
          missingOnDst.add(path);
        } else if (sameContent(localFiles.get(path), driveFiles.get(path))) {
          same++;
        } else {
          differ.add(path);
        }
      }
      List<String> missingOnSrc = new ArrayList<>();
      for (String path : dstFiles.keySet()) {
        if (!srcFiles.containsKey(path)) {
          missingOnSrc.add(path);
        }
      }
      return new Difference(missingOnDst, missingOnSrc, differ, same);
    }

    private boolean sameContent(LocalTree.Node local, DriveTree.Node remote) {
      if (local.size() != remote.entry().size()) {
        return false;
      }
      String hash = remote.entry().hash();
      // A drive entry without a GCID (rare) is compared by size alone.
      return hash == null || hash.equalsIgnoreCase(cache.gcid(local));
    }

    /** Returns the folders and directories at DST that SRC has not, outermost only. */
    List<String> extraDirectories() {
      Map<String, ?> srcDirs = localIsSrc ? localDirs : driveFolders;
      Map<String, ?> dstDirs = localIsSrc ? driveFolders : localDirs;
      List<String> extra = new ArrayList<>();
      for (String path : dstDirs.keySet()) {
        if (!srcDirs.containsKey(path) && extra.stream().noneMatch(e -> path.startsWith(e + "/"))) {
          extra.add(path);
        }
      }
      return extra;
    }
  }

  /** Parses and checks SRC and DST before any request; returns whether the local side is SRC. */
  final boolean localIsSrc() {
    boolean srcDrive = src.startsWith(DRIVE_PREFIX);
    boolean dstDrive = dst.startsWith(DRIVE_PREFIX);
    if (srcDrive == dstDrive) {
      throw new InvalidInputException("give one local directory and one drive folder written pikpak:PATH, got "
          + src + " and " + dst);
    }
    String drive = drivePath();
    if (!DrivePaths.isId(drive)) {
      DrivePaths.names(drive).forEach(EntryNames::validate);
    } else if (drive.length() == 3) {
      throw new InvalidInputException("an id reference must look like id:<ID>, got: " + drive);
    }
    Path local = localPath();
    if (!srcDrive && !Files.isDirectory(local)) {
      throw new InvalidInputException("not a directory: " + local);
    }
    if (srcDrive && Files.exists(local) && !Files.isDirectory(local)) {
      throw new InvalidInputException("not a directory: " + local);
    }
    return !srcDrive;
  }

  /** Returns the drive side's path ({@code /} for {@code pikpak:}). */
  final String drivePath() {
    String arg = src.startsWith(DRIVE_PREFIX) ? src : dst;
    String path = arg.substring(DRIVE_PREFIX.length());
    return path.isEmpty() ? "/" : path;
  }

  /** Returns the local side's path. */
  final Path localPath() {
    return Paths.get(src.startsWith(DRIVE_PREFIX) ? dst : src);
  }

  /**
   * Lists both sides. A missing DST is an empty side (created when something is transferred); a missing SRC drive
   * folder is an error.
   */
  final Sides sides(ClientFactory.Connection connection, boolean localIsSrc, GcidCache cache) {
    FileEntry driveRoot;
    try {
      driveRoot = connection.client().files().resolve(drivePath());
    } catch (NotFoundException e) {
      if (!localIsSrc) {
        throw e;
      }
      driveRoot = null;
    }
    if (driveRoot != null && !driveRoot.isFolder()) {
      throw new InvalidInputException(drivePath() + " is not a folder");
    }
    return new Sides(localPath().toAbsolutePath().normalize(), localIsSrc, driveRoot, cache, connection.client());
  }

  /** The outcome of a copy or sync, in the contract's JSON shape. */
  record Outcome(List<String> transferred, int skipped, List<String> deleted, long bytes, int failed) {}

  /**
   * Transfers what is missing at DST or differs, {@code --transfers} at a time.
   *
   * @return the paths transferred, their bytes and how many transfers failed
   */
  final Outcome transfer(ClientFactory.Connection connection, Sides sides, Difference diff, int transfers,
      boolean dryRun, Feedback feedback) {
    List<String> todo = new ArrayList<>(diff.missingOnDst());
    todo.addAll(diff.differ());
    todo.sort(Comparator.naturalOrder());
    long bytes = 0;
    for (String path : todo) {
      bytes += sides.localIsSrc ? sides.localFiles.get(path).size() : sides.driveFiles.get(path).entry().size();
    }
    if (dryRun || todo.isEmpty()) {
      return new Outcome(todo, diff.same(), List.of(), bytes, 0);
    }
    Batch batch = new Batch(transfers, feedback);
    List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLong sent = new AtomicLong();
    if (sides.localIsSrc) {
      upload(connection, sides, todo, batch, feedback, done, sent);
    } else {
      download(connection, sides, todo, transfers, feedback, done, sent);
    }
    feedback.finish();
    List<String> sorted = new ArrayList<>(done);
    sorted.sort(Comparator.naturalOrder());
    return new Outcome(sorted, diff.same(), List.of(), sent.get(), todo.size() - sorted.size());
  }

  private void upload(ClientFactory.Connection connection, Sides sides, List<String> todo, Batch batch,
      Feedback feedback, List<String> done, AtomicLong sent) {
    PikPakClient client = connection.client();
    FileEntry root = sides.driveRoot != null ? sides.driveRoot : client.files().mkdirs(drivePath());
    DriveFolders folders = new DriveFolders(client.files());
    Map<String, Map<String, FileEntry>> children = new HashMap<>();
    children.put(root.id(), new LinkedHashMap<>());
    Map<String, String> folderIds = new HashMap<>(Map.of("", root.id()));
    for (DriveTree.Node n : sides.driveFolders.values()) {
      children.put(n.entry().id(), new LinkedHashMap<>());
      folderIds.put(n.localRelative(), n.entry().id());
    }
    for (DriveTree.Node n : sides.driveFolders.values()) {
      Map<String, FileEntry> c = children.get(n.entry().parentId());
      if (c != null) {
        c.putIfAbsent(n.entry().name(), n.entry());
      }
    }
    for (DriveTree.Node n : sides.driveFiles.values()) {
      Map<String, FileEntry> c = children.get(n.entry().parentId());
      if (c != null) {
        c.putIfAbsent(n.entry().name(), n.entry());
      }
    }
    children.forEach(folders::known);
    long total = 0;
    List<String> parents = new ArrayList<>();
    for (String path : todo) {
      total += sides.localFiles.get(path).size();
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash);
      String id = folderIds.get(parent);
      if (id == null) {
        String at = "";
        id = root.id();
        for (String name : parent.split("/")) {
          at = at.isEmpty() ? name : at + "/" + name;
          String known = folderIds.get(at);
          id = known != null ? known : folders.folder(id, name);
          folderIds.put(at, id);
        }
      }
      parents.add(id);
    }
    feedback.plan(todo.size(), total);
    Uploader uploader = new Uploader(client, connection.sessionFile(), feedback);
    batch.run(todo.size(), todo::get, i -> {
      String path = todo.get(i);
      LocalTree.Node local = sides.localFiles.get(path);
      DriveTree.Node existing = sides.driveFiles.get(path);
      UploadResult r = uploader.upload(local.path(), path, parents.get(i), existing == null ? null : existing.entry(),
          Uploader.Conflict.OVERWRITE, sides.cache.gcid(local));
      if (r != null) {
        sent.addAndGet(local.size());
        done.add(path);
      }
    });
  }

  private void download(ClientFactory.Connection connection, Sides sides, List<String> todo, int transfers,
      Feedback feedback, List<String> done, AtomicLong sent) {
    PikPakClient client = connection.client();
    createDirectory(sides.localRoot);
    List<Downloads.Job> jobs = new ArrayList<>();
    for (String path : todo) {
      DriveTree.Node node = sides.driveFiles.get(path);
      Path target = LocalNames.resolveInside(sides.localRoot, node.names());
      String ref = "id:" + node.entry().id();
      jobs.add(new Downloads.Job(path, node.entry().size(), target, o -> {
        DownloadResult r = client.transfers().download(ref, target, o);
        sides.cache.remember(target, r.hash());
        sent.addAndGet(r.bytes());
        done.add(path);
        return r;
      }));
    }
    // overwrite: a file that differs is replaced, once the new content is verified
    new Downloads(feedback, DownloadOptions.builder().overwrite(true).build(), transfers).run(jobs);
  }

  /**
   * Removes what DST has and SRC has not (drive side: to the trash; local side: deleted), after asking on a terminal
   * unless {@code yes}.
   *
   * @return the removed paths (on a dry run, those that would be)
   */
  final List<String> removeExtras(ClientFactory.Connection connection, Sides sides, Difference diff, boolean dryRun,
      boolean yes, Feedback feedback) {
    List<String> dirs = sides.extraDirectories();
    List<String> extras = new ArrayList<>(dirs);
    for (String file : diff.missingOnSrc()) {
      if (dirs.stream().noneMatch(d -> file.startsWith(d + "/"))) {
        extras.add(file);
      }
    }
    extras.sort(Comparator.naturalOrder());
    if (dryRun || extras.isEmpty()) {
      return extras;
    }
    String where = sides.localIsSrc ? "to the trash on the drive" : "for good from " + sides.localRoot;
    if (!yes && !feedback.confirm("sync: remove " + extras.size() + " entr" + (extras.size() == 1 ? "y" : "ies")
        + " " + where + "?")) {
      throw new CommandFailedException("not confirmed; nothing was removed (add -y to remove without asking)");
    }
    if (sides.localIsSrc) {
      List<String> ids = new ArrayList<>();
      for (String path : extras) {
        DriveTree.Node n = sides.driveFolders.containsKey(path) ? sides.driveFolders.get(path)
            : sides.driveFiles.get(path);
        ids.add(n.entry().id());
      }
      connection.client().files().trash(ids);
    } else {
      for (String path : extras) {
        delete(sides.localRoot.resolve(path));
      }
    }
    return extras;
  }

  private static void delete(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Prints a copy's or sync's outcome: the contract's JSON, or a line per change and a summary. */
  final void print(Output output, Outcome o, boolean dryRun, double seconds) {
    java.io.PrintStream out = root().out();
    if (output.json()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("transferred", new ArrayList<Object>(o.transferred()));
      map.put("skipped", o.skipped());
      map.put("deleted", new ArrayList<Object>(o.deleted()));
      map.put("bytes", o.bytes());
      map.put("dry_run", dryRun);
      map.put("failed", o.failed());
      out.println(Json.write(map));
      return;
    }
    String verb = localIsSrc() ? "upload" : "download";
    if (dryRun) {
      o.transferred().forEach(p -> out.println("would " + verb + " " + TerminalText.safe(p)));
      o.deleted().forEach(p -> out.println("would remove " + TerminalText.safe(p)));
    }
    out.println(String.format(Locale.ROOT, "%s%d transferred (%s), %d unchanged, %d removed in %.1f s",
        dryRun ? "dry run: " : "", o.transferred().size(), Output.humanSize(o.bytes()), o.skipped(),
        o.deleted().size(), seconds));
  }
}
