package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import java.util.Iterator;

/** Where a mount's entries and bytes come from: the drive or a share. */
interface Source {
  /** Resolves the mount's root folder (a request; throws the source's typed errors). */
  Node root();

  /** Lists a folder lazily, page by page. */
  Iterator<Node> children(String folderId);

  /** Resolves a file's link after the CDN policy (one API request). */
  CachedLink link(Node file);

  /** Opens a file for proxying; {@code link} is the cached link when the source can reuse it. */
  RemoteFile open(Node file, CachedLink link, DownloadOptions options);

  /** A key unique across mounts for caches. */
  String key();
}
