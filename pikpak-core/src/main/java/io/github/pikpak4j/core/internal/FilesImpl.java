package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link Files} implementation over the drive API. */
public final class FilesImpl implements Files {
  /** The listing filter every PikPak client sends: completed, not trashed. */
  public static final String FILTER_COMPLETE_NOT_TRASHED =
      "{\"phase\":{\"eq\":\"PHASE_TYPE_COMPLETE\"},\"trashed\":{\"eq\":false}}";

  private static final String THUMBNAIL_SIZE = "SIZE_MEDIUM";
  private static final String ID_PREFIX = "id:";

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final String rootFolderId;
  private final int pageSize;

  /**
   * Creates the implementation.
   *
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies
   * @param rootFolderId the folder paths resolve below ({@code ""} = the drive's root)
   * @param pageSize items requested per page (the server may cap it)
   */
  public FilesImpl(DriveApi drive, ApiExecutor executor, String rootFolderId, int pageSize) {
    this.drive = drive;
    this.executor = executor;
    this.rootFolderId = rootFolderId;
    this.pageSize = pageSize;
  }

  @Override
  public Page<FileEntry> list(String folderId) {
    return list(folderId, "");
  }

  @Override
  public Page<FileEntry> list(String folderId, String pageToken) {
    FileList list =
        executor.execute(
            drive.listFiles(folderId, pageSize, pageToken, FILTER_COMPLETE_NOT_TRASHED, THUMBNAIL_SIZE, true));
    List<FileEntry> items = new ArrayList<>(list.files().size());
    list.files().forEach(f -> items.add(Entries.toEntry(f)));
    return new Page<>(items, list.nextPageToken());
  }

  @Override
  public AutoPager<FileEntry> listAll(String folderId) {
    return new AutoPager<>(token -> list(folderId, token));
  }

  @Override
  public FileEntry get(String id) {
    if (id.isEmpty()) {
      return Entries.root("");
    }
    return Entries.toEntry(executor.execute(drive.getFile(id, "FETCH", "2021", THUMBNAIL_SIZE)));
  }

  @Override
  public FileEntry resolve(String path) {
    List<String> names = PathNames.parse(path);
    if (path.startsWith(ID_PREFIX)) {
      return get(path.substring(ID_PREFIX.length()));
    }
    FileEntry current = rootFolderId.isEmpty() ? Entries.root("") : get(rootFolderId);
    StringBuilder walked = new StringBuilder();
    for (String name : names) {
      walked.append('/').append(name);
      if (!current.isFolder()) {
        throw new NotFoundException("not a folder: " + walked.substring(0, walked.length() - name.length() - 1));
      }
      current = findChild(current.id(), name).orElseThrow(() -> new NotFoundException("no such path: " + walked));
    }
    return current;
  }

  private Optional<FileEntry> findChild(String folderId, String name) {
    return listAll(folderId).stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
