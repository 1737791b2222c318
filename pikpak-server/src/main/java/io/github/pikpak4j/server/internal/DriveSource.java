package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.server.Mount;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** A drive mount: listings, links and writes through the client's drive API. */
final class DriveSource implements Source {
  private final PikPakClient client;
  private final Mount mount;
  private final LinkPolicy policy;

  DriveSource(PikPakClient client, Mount mount) {
    this.client = client;
    this.mount = mount;
    this.policy = mount.isMedia() ? LinkPolicy.media() : LinkPolicy.original();
  }

  static Node node(FileEntry e) {
    return new Node(e.id(), e.name(), e.isFolder(), e.isFolder() ? 0 : e.size(), e.modifiedTime(), e.mimeType());
  }

  @Override
  public Node root() {
    FileEntry e = client.files().resolve(mount.drivePath());
    if (!e.isFolder()) {
      throw new NotFoundException("the drive mount " + mount.prefix() + " is not a folder: " + mount.drivePath());
    }
    return node(e);
  }

  @Override
  public Iterator<Node> children(String folderId) {
    return Node.mapped(client.files().listAll(folderId).iterator(), DriveSource::node);
  }

  @Override
  public CachedLink link(Node file) {
    ResolvedLink l = client.links().resolveId(file.id(), policy);
    return new CachedLink(l.url(), l.expiresAt(), l);
  }

  @Override
  public RemoteFile open(Node file, CachedLink link, DownloadOptions options) {
    return client.transfers().open(Objects.requireNonNull(link.drive()), options);
  }

  @Override
  public String key() {
    return "drive:" + mount.prefix();
  }

  Node mkdir(String parentId, String name) {
    return node(client.files().createFolder(parentId, name).entry());
  }

  Node upload(Path file, String parentId, String name) {
    UploadResult r = client.uploads().upload(file, parentId, UploadOptions.builder().name(name).build());
    return node(r.file());
  }

  void trash(String id) {
    client.files().trash(List.of(id));
  }

  void move(String id, String toFolderId) {
    client.files().move(List.of(id), toFolderId);
  }

  void copy(String id, String toFolderId) {
    client.files().copy(List.of(id), toFolderId);
  }

  Node rename(String id, String name) {
    return node(client.files().rename(id, name));
  }
}
