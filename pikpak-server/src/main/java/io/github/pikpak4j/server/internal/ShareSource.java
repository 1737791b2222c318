package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import io.github.pikpak4j.server.Mount;
import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.ShareLink;
import io.github.pikpak4j.share.ShareLinkChoice;
import io.github.pikpak4j.share.TranscodePolicy;
import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A share mount: listings and links through the share API (the pass code stays inside the SDK). */
final class ShareSource implements Source {
  private final PikPakClient client;
  private final Mount mount;
  private final ShareLink link;
  private final TranscodePolicy policy;
  private @Nullable Share share;

  ShareSource(PikPakClient client, Mount mount) {
    this.client = client;
    this.mount = mount;
    this.link = Objects.requireNonNull(mount.share());
    this.policy = mount.isTranscode() ? TranscodePolicy.TRANSCODED : TranscodePolicy.ORIGINAL;
  }

  /** Opens the share once (exchanging the pass code); a failure is retried on the next request. */
  synchronized Share share() {
    if (share == null) {
      share = client.shares().open(link);
    }
    return share;
  }

  private static Node node(ShareEntry e) {
    return new Node(e.id(), e.name(), e.folder(), e.size(), e.modifiedTime(), e.mimeType());
  }

  @Override
  public Node root() {
    Share s = share();
    s.list(s.folderId(), ""); // one page: proves the share is readable (status errors surface here)
    return new Node(s.folderId(), "", true, 0, null, null);
  }

  @Override
  public Iterator<Node> children(String folderId) {
    return Node.mapped(share().listAll(folderId).iterator(), ShareSource::node);
  }

  @Override
  public CachedLink link(Node file) {
    ShareLinkChoice c = share().link(file.id(), policy);
    return new CachedLink(client.cdn().rewrite(c.url(), c.size().orElse(-1)), c.expiresAt().orElse(null), null);
  }

  @Override
  public RemoteFile open(Node file, CachedLink cached, DownloadOptions options) {
    return client.transfers().open(share(), file.id(), policy, options);
  }

  @Override
  public String key() {
    return "share:" + mount.prefix();
  }

  /** Saves (restores) one shared entry of folder {@code sourceFolderId} into a drive folder. */
  void saveInto(String fileId, String sourceFolderId, String driveFolderId) {
    share().save(SaveOptions.builder().fileIds(fileId).sourceFolder(sourceFolderId).targetFolder(driveFolderId)
        .build());
  }
}
