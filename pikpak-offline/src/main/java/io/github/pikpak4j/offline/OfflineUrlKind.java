package io.github.pikpak4j.offline;

/** The kind of link an {@link OfflineUrl} holds. */
public enum OfflineUrlKind {
  /** A BitTorrent magnet link, {@code magnet:?xt=urn:btih:<info hash>...}. */
  MAGNET,
  /** An {@code http://} or {@code https://} URL of a file or page on any other host. */
  HTTP,
  /** An eDonkey file link, {@code ed2k://|file|<name>|<size>|<hash>|/}. */
  ED2K,
  /** An http(s) page on a social site PikPak can extract media from; see {@link SocialSite}. */
  SOCIAL
}
