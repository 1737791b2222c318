package io.github.pikpak4j.server;

/** How a file's bytes reach an HTTP client. */
public enum ServeMode {
  /**
   * A file GET answers {@code 302} with the file's download link after the CDN policy (AList's default). The link
   * works only from the server's own address, so this suits clients on the server's network.
   */
  REDIRECT,
  /** The server streams the bytes itself, honouring {@code Range}, over several CDN connections. */
  PROXY
}
