package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.server.ServeMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers GET and HEAD of a file. HEAD answers from the listing (no link). GET in redirect mode answers 302 to the
 * cached link; in proxy mode it streams the file (or one {@code Range} of it, 416 when unsatisfiable) from the
 * file's shared {@link io.github.pikpak4j.core.transfer.RemoteFile}, and a client that goes away closes its stream
 * at once, which gives its CDN connections back.
 */
final class FileResponder {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private static final int BUFFER = 64 * 1024;

  private final ServedTree tree;
  private final ServeMode mode;

  FileResponder(ServedTree tree, ServeMode mode) {
    this.tree = tree;
    this.mode = mode;
  }

  /** A satisfiable byte range {@code [start, end)}. */
  record Span(long start, long end) {}

  /**
   * Parses a {@code Range} header against a size.
   *
   * @return the span; the whole file when there is no header or it is not a single byte range (RFC 9110 lets a
   *     server ignore it); {@code null} when unsatisfiable
   */
  static Span span(String header, long size) {
    if (header == null) {
      return new Span(0, size);
    }
    Matcher m = RANGE.matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return new Span(0, size);
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        return suffix == 0 || size == 0 ? null : new Span(Math.max(0, size - suffix), size);
      }
      long start = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
      if (start >= size || last < start) {
        return null;
      }
      return new Span(start, Math.min(last, size - 1) + 1);
    } catch (NumberFormatException e) {
      return null; // more digits than a long holds: beyond any file
    }
  }

  void respond(Located file, HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
    Node node = Objects.requireNonNull(file.node());
    resp.setHeader("Accept-Ranges", "bytes");
    if (node.modified() != null) {
      resp.setHeader("Last-Modified",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(node.modified().atOffset(ZoneOffset.UTC)));
    }
    resp.setContentType(DavResources.contentType(file));
    if (head) {
      resp.setContentLengthLong(node.size());
      resp.setStatus(200);
      return;
    }
    if (mode == ServeMode.REDIRECT) {
      CachedLink link = tree.links().get(file);
      resp.setHeader("Cache-Control", "no-store");
      resp.setHeader("Location", link.url());
      resp.setContentLength(0);
      resp.setStatus(302);
      return;
    }
    try (OpenFiles.Handle h = tree.openFiles().acquire(file, tree.links())) {
      long size = h.file().size();
      Span span = span(req.getHeader("Range"), size);
      if (span == null) {
        resp.setHeader("Content-Range", "bytes */" + size);
        resp.setContentLength(0);
        resp.setStatus(416);
        return;
      }
      boolean partial = req.getHeader("Range") != null && (span.start() > 0 || span.end() < size);
      resp.setStatus(partial ? 206 : 200);
      if (partial) {
        resp.setHeader("Content-Range", "bytes " + span.start() + "-" + (span.end() - 1) + "/" + size);
      }
      resp.setContentLengthLong(span.end() - span.start());
      stream(h, span.start(), span.end(), resp.getOutputStream());
    }
  }

  /** Copies {@code [start, end)} of a file to {@code out} (for Milton's own GET path). */
  void copy(Located file, long start, long end, OutputStream out) throws IOException {
    try (OpenFiles.Handle h = tree.openFiles().acquire(file, tree.links())) {
      stream(h, start, Math.min(end, h.file().size()), out);
    }
  }

  private static void stream(OpenFiles.Handle h, long start, long end, OutputStream out) throws IOException {
    try (InputStream in = h.file().openStream(start, end)) {
      byte[] buf = new byte[BUFFER];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n); // blocks while this client is slow: only its own stream waits
      }
    }
  }
}
