package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The drive folders an upload batch writes into: each folder is listed at most once (all pages), and a folder of a
 * local tree is reused when the drive has it already, else created. Used from one thread while a batch is planned.
 */
final class DriveFolders {
  private final Files files;
  private final Map<String, Map<String, FileEntry>> children = new HashMap<>();

  /**
   * Creates the cache.
   *
   * @param files the drive
   */
  DriveFolders(Files files) {
    this.files = files;
  }

  /**
   * Records a folder's children that are known already (from a tree listing), so it is not listed again.
   *
   * @param folderId the folder
   * @param entries its children by name
   */
  void known(String folderId, Map<String, FileEntry> entries) {
    children.put(folderId, new LinkedHashMap<>(entries));
  }

  /**
   * Returns the child of a folder with a name, listing the folder on first use.
   *
   * @param folderId the folder
   * @param name the name
   * @return the entry, or null
   */
  @Nullable FileEntry child(String folderId, String name) {
    return listing(folderId).get(name);
  }

  /**
   * Returns the folder of a name inside a folder: the existing one, else a new one.
   *
   * @param parentId the parent folder
   * @param name the folder's name
   * @return the folder's id
   * @throws CommandFailedException when the name is taken by a file
   */
  String folder(String parentId, String name) {
    FileEntry existing = child(parentId, name);
    if (existing != null) {
      if (!existing.isFolder()) {
        throw new CommandFailedException("a file has the name of the folder " + TerminalText.safe(name) + " on the drive");
      }
      return existing.id();
    }
    FileEntry made = files.createFolder(parentId, name).entry();
    listing(parentId).put(name, made);
    children.put(made.id(), new LinkedHashMap<>());
    return made.id();
  }

  private Map<String, FileEntry> listing(String folderId) {
    return children.computeIfAbsent(folderId, id -> {
      Map<String, FileEntry> map = new LinkedHashMap<>();
      for (FileEntry e : files.listAll(id)) {
        map.putIfAbsent(e.name(), e);
      }
      return map;
    });
  }
}
