package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.ResourceApi;
import io.github.pikpak4j.api.UploadApi;
import io.github.pikpak4j.api.model.ArchiveEntry;
import io.github.pikpak4j.api.model.ArchiveListRequest;
import io.github.pikpak4j.api.model.ArchiveListing;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.DecompressRequest;
import io.github.pikpak4j.api.model.DecompressResponse;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.ResourceList;
import io.github.pikpak4j.api.model.ResourceListRequest;
import io.github.pikpak4j.api.model.UploadRequest;
import io.github.pikpak4j.api.model.UploadResponse;
import io.github.pikpak4j.core.async.AsyncFiles;
import io.github.pikpak4j.core.async.AsyncResources;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.resource.ArchivedFile;
import io.github.pikpak4j.core.resource.ContentFile;
import io.github.pikpak4j.core.resource.Extraction;
import io.github.pikpak4j.core.resource.UrlContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The content lookups, each written once in its async form; the blocking {@link ResourcesImpl} joins them. Input is
 * checked inside the returned future, before any request.
 */
public final class ResourceOperations implements AsyncResources {
  private static final Pattern HEX40 = Pattern.compile("[0-9A-Fa-f]{40}");
  private static final List<String> URL_SCHEMES = List.of("magnet:?", "http://", "https://", "ed2k://");

  private final ResourceApi api;
  private final UploadApi uploads;
  private final DriveApi drive;
  private final AsyncFiles files;
  private final ApiExecutor executor;

  /**
   * Creates the operations.
   *
   * @param api the Retrofit resource API
   * @param uploads the Retrofit upload API (instant creation)
   * @param drive the Retrofit drive API (removing a half-created file)
   * @param files the async files view (search lists through it, sharing its path cache)
   * @param executor runs every call under the client's policies
   */
  public ResourceOperations(
      ResourceApi api, UploadApi uploads, DriveApi drive, AsyncFiles files, ApiExecutor executor) {
    this.api = api;
    this.uploads = uploads;
    this.drive = drive;
    this.files = files;
    this.executor = executor;
  }

  @Override
  public CompletableFuture<Optional<String>> gcidOfCid(String cid, long size) {
    return Futures.call(
        () -> {
          String c = hex40(cid, "cid").toUpperCase(Locale.ROOT);
          positive(size);
          return executor
              .executeAsync(api.gcidOfCid(c, size))
              .thenApply(r -> Optional.ofNullable(r.gcid()).filter(g -> !g.isEmpty()));
        });
  }

  @Override
  public CompletableFuture<UrlContent> preview(String url) {
    return Futures.call(
        () -> {
          String u = url == null ? "" : url.trim();
          if (URL_SCHEMES.stream().noneMatch(s -> u.regionMatches(true, 0, s, 0, s.length()))) {
            throw new InvalidInputException("not a magnet, http(s) or ed2k URL: " + (u.isEmpty() ? "(empty)" : u));
          }
          return executor.executeAsync(api.resourceList(ResourceListRequest.of(u))).thenApply(ResourceOperations::content);
        });
  }

  @Override
  public CompletableFuture<List<ArchivedFile>> listArchive(FileEntry archive, @Nullable String password) {
    return Futures.call(
        () -> {
          String gcid = archiveGcid(archive);
          return executor
              .executeAsync(api.archiveList(new ArchiveListRequest(gcid, "", pass(password), archive.id())))
              .thenApply(ResourceOperations::entries);
        });
  }

  @Override
  public CompletableFuture<Extraction> extract(FileEntry archive, @Nullable String password) {
    return Futures.call(
        () -> {
          String gcid = archiveGcid(archive);
          DecompressRequest body = new DecompressRequest(gcid, pass(password), archive.id(), List.of(), true);
          return executor.executeAsync(api.decompress(body)).thenApply(ResourceOperations::extraction);
        });
  }

  @Override
  public CompletableFuture<FileEntry> createFromGcid(String parentId, String name, long size, String gcid) {
    return Futures.call(
        () -> {
          String n = DriveNames.validate(name);
          positive(size);
          String g = hex40(gcid, "gcid").toUpperCase(Locale.ROOT);
          // A create whose answer was lost is looked up (a complete entry of that name, size and GCID under the
          // parent: listings show complete entries only) before it is sent again; see AmbiguousWrites.
          return AmbiguousWrites.sendAsync(
              () -> executor
                  .executeAsync(uploads.create(UploadRequest.of(parentId, n, size, g)))
                  .thenCompose(r -> instantOrRemove(r, g)),
              () -> files.listAll(parentId).findFirst(
                  e -> !e.isFolder() && e.name().equals(n) && e.size() == size && g.equals(e.hash())));
        });
  }

  @Override
  public CompletableFuture<List<FileEntry>> createSelected(
      String parentId, UrlContent content, List<Integer> indexes) {
    return Futures.call(
        () -> {
          List<ContentFile> chosen = chosen(content, indexes);
          CompletableFuture<List<FileEntry>> done = CompletableFuture.completedFuture(new ArrayList<>());
          for (ContentFile f : chosen) {
            String gcid = f.knownGcid().orElseThrow();
            done =
                done.thenCompose(
                    list ->
                        createFromGcid(parentId, f.name(), f.size(), gcid)
                            .thenApply(
                                e -> {
                                  list.add(e);
                                  return list;
                                }));
          }
          return done.thenApply(List::copyOf);
        });
  }

  private static List<ContentFile> chosen(UrlContent content, List<Integer> indexes) {
    if (indexes.isEmpty()) {
      throw new InvalidInputException("choose at least one file");
    }
    List<ContentFile> out = new ArrayList<>();
    for (int index : indexes) {
      ContentFile f =
          content.files().stream()
              .filter(c -> c.index() == index)
              .findFirst()
              .orElseThrow(() -> new InvalidInputException("no file with index " + index + " in " + content.name()));
      if (f.knownGcid().isEmpty()) {
        throw new InvalidInputException(
            "PikPak has not indexed file " + index + " (" + f.path() + "): add the whole link as an offline task");
      }
      out.add(f);
    }
    return out;
  }

  @Override
  public CompletableFuture<List<FileEntry>> search(String folderId, String keyword) {
    return Futures.call(
        () -> {
          if (keyword == null || keyword.isEmpty()) {
            throw new InvalidInputException("the search keyword must not be empty");
          }
          String k = keyword.toLowerCase(Locale.ROOT);
          return files
              .listAll(folderId)
              .toList()
              .thenApply(all -> all.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).contains(k)).toList());
        });
  }

  private CompletableFuture<FileEntry> instantOrRemove(UploadResponse r, String gcid) {
    DriveFile created = r.file();
    if (r.isInstant() && created != null) {
      return CompletableFuture.completedFuture(Entries.toEntry(created));
    }
    NotFoundException unknown = new NotFoundException("PikPak holds no content with GCID " + gcid + " and this size");
    if (created == null || created.id().isEmpty()) {
      return CompletableFuture.failedFuture(unknown);
    }
    // Nothing will ever fill the half-created entry: remove it (rclone deletes what a failed upload created).
    return executor
        .executeAsync(drive.batchDelete(BatchRequest.of(List.of(created.id()))))
        .handle((ok, failure) -> { throw unknown; });
  }

  private static String hex40(@Nullable String value, String what) {
    if (value == null || !HEX40.matcher(value).matches()) {
      throw new InvalidInputException("the " + what + " must be 40 hex characters");
    }
    return value;
  }

  private static void positive(long size) {
    if (size < 1) {
      throw new InvalidInputException("the size must be at least 1 byte (PikPak refuses 0: \"cid and file_size is"
          + " required\")");
    }
  }

  private static String archiveGcid(FileEntry archive) {
    if (!archive.isFile() || archive.hash() == null || archive.hash().isEmpty()) {
      throw new InvalidInputException("not an archive with a GCID: " + archive.id());
    }
    return archive.hash();
  }

  private static String pass(@Nullable String password) {
    return password == null ? "" : password;
  }

  static UrlContent content(ResourceList list) {
    ResourceList.Resources rs = list.list();
    if (rs == null || rs.resources().isEmpty()) {
      return new UrlContent("", 0, 0, false, "no resource in the answer", List.of());
    }
    ResourceList.Resource top = rs.resources().get(0);
    ResourceList.Meta topMeta = top.meta();
    if (!top.isDir() && top.fileSize() == 0 && (topMeta == null || (blank(topMeta.hash()) && blank(topMeta.status())))) {
      // the placeholder of content PikPak has never seen (pikpak-kotlin): no files to show
      return new UrlContent(name(top), 0, 0, false, topMeta == null || blank(topMeta.error()) ? null : topMeta.error(),
          List.of());
    }
    List<ContentFile> out = new ArrayList<>();
    if (top.isDir()) {
      collect(top.dir(), "", out);
    } else {
      out.add(file(top, name(top)));
    }
    ResourceList.Meta meta = top.meta();
    String error = meta == null || blank(meta.error()) ? null : meta.error();
    boolean cached =
        error == null
            && ((meta != null && "1".equals(meta.status())) || out.stream().anyMatch(f -> f.gcid() != null));
    return new UrlContent(name(top), top.fileSize(), top.fileCount(), cached, error, out);
  }

  private static void collect(ResourceList.@Nullable Resources dir, String prefix, List<ContentFile> out) {
    if (dir == null) {
      return;
    }
    for (ResourceList.Resource r : dir.resources()) {
      String path = prefix + name(r);
      if (r.isDir()) {
        collect(r.dir(), path + "/", out);
      } else {
        out.add(file(r, path));
      }
    }
  }

  private static ContentFile file(ResourceList.Resource r, String path) {
    ResourceList.Meta meta = r.meta();
    String gcid = meta == null || blank(meta.hash()) ? null : meta.hash();
    return new ContentFile(r.fileIndex(), path, r.fileSize(), gcid);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isEmpty();
  }

  private static String name(ResourceList.Resource r) {
    return r.name() == null ? "" : r.name();
  }

  static List<ArchivedFile> entries(ArchiveListing listing) {
    if (listing.status() != null && !"OK".equalsIgnoreCase(listing.status())) {
      throw new InvalidInputException(
          "PikPak cannot list this archive: " + listing.status()
              + (listing.statusText() == null || listing.statusText().isEmpty() ? "" : " (" + listing.statusText()
                  + ")"));
    }
    List<ArchivedFile> out = new ArrayList<>();
    for (ArchiveEntry e : listing.files()) {
      String path = e.path() != null && !e.path().isEmpty() ? e.path() : e.filename() == null ? "" : e.filename();
      out.add(new ArchivedFile(e.index(), path, e.filesize(), "drive#folder".equals(e.kind())));
    }
    return out;
  }

  static Extraction extraction(DecompressResponse r) {
    if (r.status() != null && !"OK".equalsIgnoreCase(r.status())) {
      throw new InvalidInputException(
          "PikPak refused to extract this archive: " + r.status()
              + (r.statusText() == null || r.statusText().isEmpty() ? "" : " (" + r.statusText() + ")"));
    }
    return new Extraction(r.taskId() == null ? "" : r.taskId(), r.filesNum());
  }
}
