package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.milton.config.HttpManagerBuilder;
import io.milton.http.HttpManager;
import io.milton.http.values.ValueWriters;
import io.milton.servlet.ServletRequest;
import io.milton.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet: authenticates, refuses unsafe paths and unknown methods, answers GET/HEAD (files, HTML listings)
 * and the offline API itself, checks that writes target a writable drive mount, and hands the WebDAV methods to
 * Milton. Logs one line per request (method, path, status, time; never headers or bodies).
 */
public final class DavServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger("io.github.pikpak4j.server");
  private static final String ALLOW =
      "OPTIONS, GET, HEAD, PROPFIND, PROPPATCH, PUT, MKCOL, DELETE, MOVE, COPY, LOCK, UNLOCK";
  private static final Set<String> METHODS = Set.of(ALLOW.split(", "));

  private final transient ServedTree tree;
  private final transient ServerSettings settings;
  private final transient FileResponder files;
  private final transient OfflineApi offline;
  private final transient HttpManager milton;
  private final byte @Nullable [] credentials;

  /**
   * Creates the servlet.
   *
   * @param tree the served tree
   * @param settings the server's settings
   */
  public DavServlet(ServedTree tree, ServerSettings settings) {
    this.tree = tree;
    this.settings = settings;
    this.files = new FileResponder(tree, settings.mode());
    this.offline = new OfflineApi(settings.client(), tree);
    this.credentials = settings.user() == null ? null
        : (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8);
    HttpManagerBuilder b = new HttpManagerBuilder();
    b.setResourceFactory(new DavResources(tree, new Writes(tree), files));
    b.setEnableBasicAuth(false);
    b.setEnableDigestAuth(false);
    b.setEnableCookieAuth(false);
    b.setEnableFormAuth(false);
    b.setEnableOAuth2(false);
    b.setEnabledJson(false);
    b.setEnableCompression(false);
    b.setEnableQuota(false);
    ValueWriters values = new ValueWriters();
    b.setValueWriters(values);
    b.setPropFindXmlGenerator(new NoNamespacePropFind(values));
    this.milton = b.buildHttpManager();
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long began = System.nanoTime();
    String method = req.getMethod().toUpperCase(Locale.ROOT);
    try {
      handle(method, req, resp);
    } catch (RuntimeException e) {
      int status = ErrorStatus.of(e);
      if (status >= 500) {
        LOG.warn("{} {} failed: {}", method, logPath(req), e.toString());
      }
      if (!resp.isCommitted()) {
        String message = e instanceof InvalidInputException && e.getMessage().equals("bad path")
            ? "bad path" : e.getMessage();
        text(resp, status, message);
      }
    } finally {
      LOG.info("{} {} {} {}ms", method, logPath(req), resp.getStatus(), (System.nanoTime() - began) / 1_000_000);
    }
  }

  private static String logPath(HttpServletRequest req) {
    String raw = req.getRequestURI();
    StringBuilder b = new StringBuilder(raw.length());
    raw.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? '?' : (char) c));
    return b.toString();
  }

  private void handle(String method, HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!authorized(req)) {
      resp.setHeader("WWW-Authenticate", "Basic realm=\"" + DavResources.REALM + "\", charset=\"UTF-8\"");
      text(resp, 401, "authentication required");
      return;
    }
    String path = ServedPaths.fromRaw(req.getRequestURI());
    if (path.equals(OfflineApi.PATH)) {
      try {
        offline.handle(req, resp);
      } catch (RuntimeException e) {
        offline.send(resp, ErrorStatus.of(e) == 502 ? 502 : 400, java.util.Map.of("error", String.valueOf(
            e.getMessage())));
      }
      return;
    }
    if (!METHODS.contains(method)) {
      resp.setHeader("Allow", ALLOW);
      text(resp, 405, "method not allowed");
      return;
    }
    HttpServletRequest request = req;
    java.util.Map<javax.xml.namespace.QName, Boolean> patchOrder = java.util.Map.of();
    switch (method) {
      case "GET", "HEAD" -> {
        Located l = tree.resolve(path);
        if (l.folder()) {
          if (!path.equals("/") && !req.getRequestURI().endsWith("/")) {
            resp.setHeader("Location", ServedPaths.encode(path) + "/");
            resp.setStatus(301);
            return;
          }
          byte[] page = HtmlListing.render(l, tree.children(l)).getBytes(StandardCharsets.UTF_8);
          resp.setContentType("text/html; charset=utf-8");
          resp.setContentLength(page.length);
          resp.setStatus(200);
          if (method.equals("GET")) {
            resp.getOutputStream().write(page);
          }
        } else {
          files.respond(l, req, resp, method.equals("HEAD"));
        }
        return;
      }
      case "PROPFIND" -> {
        String depth = req.getHeader("Depth"); // none means infinity (RFC 4918 9.1)
        Located l = tree.resolve(path); // a share in a bad state answers its own status with the reason
        if (l.folder() && (depth == null || depth.trim().equalsIgnoreCase("infinity"))) {
          text(resp, 403, "PROPFIND with Depth infinity is not supported; use Depth 0 or 1");
          return;
        }
        request = XmlBody.checked(req).request();
      }
      case "PROPPATCH" -> {
        tree.resolve(path);
        XmlBody.Checked body = XmlBody.checked(req);
        request = body.request();
        patchOrder = PatchOrder.of(body.document());
      }
      case "MKCOL" -> {
        if (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null) {
          text(resp, 415, "MKCOL takes no body"); // RFC 4918 9.3
          return;
        }
        writableParent(path);
      }
      case "PUT" -> {
        writableParent(path);
        request = BodyOnly.of(req);
      }
      case "DELETE" -> Writes.drive(tree.resolve(path));
      case "MOVE" -> {
        Writes.drive(tree.resolve(path));
        writableParent(destination(req));
      }
      case "COPY" -> {
        tree.resolve(path);
        writableParent(destination(req));
      }
      default -> {
        // OPTIONS, LOCK, UNLOCK: Milton answers
      }
    }
    PatchOrder.begin(patchOrder);
    try {
      milton.process(new ServletRequest(request, getServletContext()), new ServletResponse(resp));
    } finally {
      PatchOrder.end();
    }
  }

  /** Refuses (403) a write whose target's folder is not on a writable drive mount. */
  private void writableParent(String path) {
    if (path.equals("/")) {
      throw new Writes.Refused("read-only: /");
    }
    for (var m : settings.mounts()) {
      if (m.prefix().equals(path)) {
        throw new Writes.Refused("a mount point cannot be written: " + path);
      }
    }
    int slash = path.lastIndexOf('/');
    Located parent;
    try {
      parent = tree.resolve(slash == 0 ? "/" : path.substring(0, slash));
    } catch (NotFoundException e) {
      return; // Milton answers 409 Conflict for a missing parent
    }
    Writes.drive(parent);
  }

  private static String destination(HttpServletRequest req) {
    String dest = req.getHeader("Destination");
    if (dest == null || dest.isBlank()) {
      throw new InvalidInputException("a Destination header is required");
    }
    try {
      String raw = URI.create(dest.trim()).getRawPath();
      return ServedPaths.fromRaw(raw == null || raw.isEmpty() ? "/" : raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("bad path");
    }
  }

  private boolean authorized(HttpServletRequest req) {
    if (credentials == null) {
      return true;
    }
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, credentials);
  }

  private static void text(HttpServletResponse resp, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
