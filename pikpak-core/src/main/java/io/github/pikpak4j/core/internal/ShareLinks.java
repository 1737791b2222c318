package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareLinkChoice;
import io.github.pikpak4j.share.TranscodePolicy;

/**
 * The links of one opened share, for the download engine: chosen by the share's {@link TranscodePolicy}, resolved
 * again through the share (not the drive) when they expire or the CDN refuses them, and rewritten by the same CDN
 * policy as drive links. Shared files carry no GCID, so only their size is verified.
 */
final class ShareLinks implements Links {
  private final Share share;
  private final TranscodePolicy policy;
  private final LinkRewriter rewriter;

  ShareLinks(Share share, TranscodePolicy policy, LinkRewriter rewriter) {
    this.share = share;
    this.policy = policy;
    this.rewriter = rewriter;
  }

  @Override
  public ResolvedLink resolve(String path, LinkPolicy ignored) {
    throw new InvalidInputException("a shared file is addressed by its id, not a drive path: " + path);
  }

  @Override
  public ResolvedLink resolveId(String fileId, LinkPolicy ignored) {
    ShareLinkChoice choice = share.link(fileId, policy);
    long size = choice.size().orElse(-1);
    String url = rewriter.rewrite(choice.url(), size);
    boolean origin = choice.isOrigin();
    return new ResolvedLink(
        choice.fileId(),
        choice.fileName(),
        url,
        choice.url(),
        choice.source() == ShareLinkChoice.Source.MEDIA ? LinkSource.MEDIA : LinkSource.ORIGINAL,
        choice.variant().orElse(origin ? "origin" : "transcode"),
        origin ? null : choice.mediaId().orElse(null),
        size,
        null,
        choice.expiresAt().orElse(null),
        origin ? LinkPolicy.original() : LinkPolicy.media());
  }

  @Override
  public ResolvedLink refresh(ResolvedLink previous) {
    return resolveId(previous.fileId(), previous.policy());
  }

  @Override
  public ResolvedLink reroute(ResolvedLink failed, boolean slow) {
    return rewriter.moveOff(failed, slow);
  }
}
