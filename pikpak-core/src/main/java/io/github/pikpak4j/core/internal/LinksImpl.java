package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.core.link.ResolvedLink;

/** The {@link Links} implementation: get-file through the executor, then {@link LinkSelector}. */
public final class LinksImpl implements Links {
  private static final String ID_PREFIX = "id:";

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final Files files;
  private final LinkRewriter rewriter;

  /**
   * Creates the implementation.
   *
   * @param drive the drive API
   * @param executor runs calls under the client's policies
   * @param files resolves paths
   * @param rewriter the CDN host policy seam ({@link LinkRewriter#IDENTITY} for none)
   */
  public LinksImpl(DriveApi drive, ApiExecutor executor, Files files, LinkRewriter rewriter) {
    this.drive = drive;
    this.executor = executor;
    this.files = files;
    this.rewriter = rewriter;
  }

  @Override
  public ResolvedLink resolve(String path, LinkPolicy policy) {
    String id;
    if (path.startsWith(ID_PREFIX)) {
      id = path.substring(ID_PREFIX.length());
      if (id.isEmpty()) {
        throw new io.github.pikpak4j.api.InvalidInputException("empty id in '" + path + "'");
      }
    } else {
      FileEntry entry = files.resolve(path);
      if (entry.isFolder()) {
        throw new LinkUnavailableException("not a file: " + path);
      }
      id = entry.id();
    }
    return resolveId(id, policy);
  }

  @Override
  public ResolvedLink resolveId(String fileId, LinkPolicy policy) {
    return LinkSelector.select(fetch(fileId, policy), policy, null, rewriter);
  }

  @Override
  public ResolvedLink refresh(ResolvedLink previous) {
    return LinkSelector.select(fetch(previous.fileId(), previous.policy()), previous.policy(), previous.mediaId(),
        rewriter);
  }

  @Override
  public ResolvedLink reroute(ResolvedLink failed, boolean slow) {
    return rewriter.moveOff(failed, slow);
  }

  private DriveFile fetch(String fileId, LinkPolicy policy) {
    return executor.execute(drive.getFile(fileId, policy.usage(), DriveApi.MAGIC, "SIZE_LARGE"));
  }
}
