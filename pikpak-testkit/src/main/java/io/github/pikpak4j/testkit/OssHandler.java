package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The emulated Aliyun OSS endpoint that receives upload bytes (protocol section 7.3 to 7.5), path
 * style ({@code /{bucket}/{key}}) on loopback. Every request must carry a valid OSS V1 signature
 * made with the STS credentials the create call issued for that key, and the matching {@code
 * x-oss-security-token}; PikPak API headers (bearer token, captcha token) are refused. Supported:
 * PutObject, InitiateMultipartUpload, UploadPart, ListParts, CompleteMultipartUpload (answered
 * with JSON, as PikPak does) and AbortMultipartUpload. When the last byte arrives, the object's
 * size and GCID are checked against the create call's {@code size} and {@code hash}; a mismatch
 * is refused with {@code 400 GcidMismatch} and the file stays incomplete.
 */
final class OssHandler implements HttpHandler {
  /** Sub-resources that are part of the V1 canonicalized resource. */
  private static final Set<String> SIGNED_SUBRESOURCES =
      Set.of(
          "acl", "uploads", "location", "cors", "logging", "website", "referer", "lifecycle",
          "delete", "append", "tagging", "objectMeta", "uploadId", "partNumber", "security-token",
          "position", "restore", "qos", "symlink", "stat", "response-content-type",
          "response-content-language", "response-expires", "response-cache-control",
          "response-content-disposition", "response-content-encoding");

  private static final Pattern AUTH = Pattern.compile("OSS ([^:\\s]+):(\\S+)");
  private static final Pattern PART = Pattern.compile("<Part>(.*?)</Part>", Pattern.DOTALL);
  private static final Pattern PART_NUMBER = Pattern.compile("<PartNumber>\\s*(\\d+)\\s*</PartNumber>");
  private static final Pattern ETAG = Pattern.compile("<ETag>([^<]*)</ETag>");
  private static final long MIN_PART = 100 * 1024;
  private static final int MAX_PARTS = 10_000;

  private final UploadStore store;
  private final Clock clock;

  OssHandler(UploadStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** An OSS error answer. */
  private static final class OssError extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    OssError(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      serve(ex);
    } catch (OssError e) {
      drain(ex.getRequestBody());
      sendError(ex, e);
    } finally {
      ex.close();
    }
  }

  private void serve(HttpExchange ex) throws IOException, OssError {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = ex.getRequestURI().getPath();
    String rawQuery = ex.getRequestURI().getRawQuery();
    Map<String, String> q = Http.parseQuery(rawQuery == null ? "" : rawQuery);
    boolean smallBody = method.equals("POST");
    String body = smallBody ? Http.readBody(ex) : "";
    store.journal.add(
        new RecordedRequest(
            "oss",
            method,
            path,
            rawQuery == null ? "" : rawQuery,
            Map.copyOf(q),
            Http.headers(ex.getRequestHeaders()),
            body,
            clock.instant()));
    String prefix = "/" + UploadStore.BUCKET + "/";
    if (!path.startsWith(prefix) || path.length() == prefix.length()) {
      throw new OssError(404, "NoSuchBucket", "The specified bucket does not exist.");
    }
    String key = path.substring(prefix.length());
    UploadStore.Sts sts = authenticate(ex, method, path, q);
    if (!sts.key().equals(key)) {
      throw new OssError(403, "AccessDenied", "The STS credentials do not grant access to this key.");
    }
    UploadStore.Target target = store.target(key);
    if (target == null) {
      throw new OssError(403, "AccessDenied", "No upload was created for this key.");
    }
    String uploadId = q.get("uploadId");
    if (method.equals("PUT") && uploadId == null && !q.containsKey("partNumber")) {
      putObject(ex, target);
    } else if (method.equals("POST") && q.containsKey("uploads")) {
      initiate(ex, key);
    } else if (uploadId != null) {
      UploadStore.Multipart m = store.multipart(uploadId);
      if (m == null || !m.key().equals(key)) {
        throw new OssError(404, "NoSuchUpload", "The specified upload does not exist.");
      }
      switch (method) {
        case "PUT" -> uploadPart(ex, target, m, q.get("partNumber"));
        case "GET" -> listParts(ex, m, q);
        case "POST" -> complete(ex, target, m, body);
        case "DELETE" -> {
          store.forget(m, true);
          drain(ex.getRequestBody());
          ex.sendResponseHeaders(204, -1);
        }
        default -> throw new OssError(405, "MethodNotAllowed", "method not allowed");
      }
    } else {
      throw new OssError(400, "InvalidArgument", "unsupported request: " + method + " " + rawQuery);
    }
  }

  private UploadStore.Sts authenticate(HttpExchange ex, String method, String path, Map<String, String> q)
      throws OssError {
    Headers h = ex.getRequestHeaders();
    if (h.getFirst("X-Captcha-Token") != null || h.getFirst("X-Client-Id") != null) {
      throw new OssError(400, "InvalidArgument", "PikPak API headers must not be sent to OSS");
    }
    String auth = h.getFirst("Authorization");
    Matcher am = auth == null ? null : AUTH.matcher(auth.trim());
    if (am == null || !am.matches()) {
      throw new OssError(403, "AccessDenied", "Authorization must be \"OSS <AccessKeyId>:<Signature>\"");
    }
    UploadStore.Sts sts = store.credentials(am.group(1));
    if (sts == null) {
      throw new OssError(403, "InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist.");
    }
    if (!sts.securityToken().equals(h.getFirst("x-oss-security-token"))) {
      throw new OssError(403, "InvalidSecurityToken", "The security token you provided is invalid.");
    }
    if (!clock.instant().isBefore(sts.expiration())) {
      throw new OssError(403, "SecurityTokenExpired", "The security token you provided has expired.");
    }
    String date = h.getFirst("Date");
    if (date == null || date.isBlank()) {
      throw new OssError(403, "AccessDenied", "The Date header is required.");
    }
    String expected = sign(sts.secret(), stringToSign(method, h, path, q));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), am.group(2).getBytes(StandardCharsets.UTF_8))) {
      throw new OssError(
          403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }
    return sts;
  }

  static String stringToSign(String method, Headers h, String path, Map<String, String> q) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append('\n');
    sb.append(orEmpty(h.getFirst("Content-MD5"))).append('\n');
    sb.append(orEmpty(h.getFirst("Content-Type"))).append('\n');
    sb.append(orEmpty(h.getFirst("Date"))).append('\n');
    TreeMap<String, String> oss = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : h.entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith("x-oss-") && !e.getValue().isEmpty()) {
        oss.put(name, e.getValue().get(0).trim());
      }
    }
    oss.forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
    sb.append(path);
    TreeMap<String, String> sub = new TreeMap<>();
    for (Map.Entry<String, String> e : q.entrySet()) {
      if (SIGNED_SUBRESOURCES.contains(e.getKey())) {
        sub.put(e.getKey(), e.getValue());
      }
    }
    String sep = "?";
    for (Map.Entry<String, String> e : sub.entrySet()) {
      sb.append(sep).append(e.getKey());
      if (!e.getValue().isEmpty()) {
        sb.append('=').append(e.getValue());
      }
      sep = "&";
    }
    return sb.toString();
  }

  static String sign(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private void putObject(HttpExchange ex, UploadStore.Target target) throws IOException, OssError {
    fault(OssFaults.Target.SIMPLE_PUT, 0);
    StoredPart part = receive(ex, 0, target);
    finish(target, List.of(part));
    ex.getResponseHeaders().set("ETag", part.etag());
    ex.sendResponseHeaders(200, -1);
  }

  private void initiate(HttpExchange ex, String key) throws IOException, OssError {
    fault(OssFaults.Target.INITIATE, 0);
    UploadStore.Multipart m = store.initiate(key);
    sendXml(
        ex,
        200,
        "<InitiateMultipartUploadResult><Bucket>" + UploadStore.BUCKET + "</Bucket><Key>" + escape(key)
            + "</Key><UploadId>" + m.uploadId() + "</UploadId></InitiateMultipartUploadResult>");
  }

  private void uploadPart(HttpExchange ex, UploadStore.Target target, UploadStore.Multipart m, String numberText)
      throws IOException, OssError {
    int number;
    try {
      number = Integer.parseInt(numberText == null ? "" : numberText);
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 1 || number > MAX_PARTS) {
      throw new OssError(400, "InvalidArgument", "partNumber must be between 1 and 10000");
    }
    fault(OssFaults.Target.PART, number);
    StoredPart part = receive(ex, number, target);
    StoredPart old = m.parts().put(number, part);
    if (old != null) {
      UploadStore.delete(old.file());
    }
    ex.getResponseHeaders().set("ETag", part.etag());
    ex.sendResponseHeaders(200, -1);
  }

  private void listParts(HttpExchange ex, UploadStore.Multipart m, Map<String, String> q)
      throws IOException, OssError {
    fault(OssFaults.Target.LIST_PARTS, 0);
    int max = parseInt(q.get("max-parts"), 1000);
    int marker = parseInt(q.get("part-number-marker"), 0);
    StringBuilder sb = new StringBuilder("<ListPartsResult><Bucket>" + UploadStore.BUCKET + "</Bucket>");
    sb.append("<Key>").append(escape(m.key())).append("</Key><UploadId>").append(m.uploadId()).append("</UploadId>");
    sb.append("<PartNumberMarker>").append(marker).append("</PartNumberMarker>");
    int count = 0;
    int last = marker;
    boolean truncated = false;
    for (StoredPart p : m.parts().tailMap(marker, false).values()) {
      if (count == Math.max(1, Math.min(max, 1000))) {
        truncated = true;
        break;
      }
      sb.append("<Part><PartNumber>").append(p.number()).append("</PartNumber><LastModified>")
          .append(Times.format(p.time())).append("</LastModified><ETag>").append(p.etag())
          .append("</ETag><Size>").append(p.size()).append("</Size></Part>");
      last = p.number();
      count++;
    }
    sb.append("<NextPartNumberMarker>").append(last).append("</NextPartNumberMarker>");
    sb.append("<MaxParts>").append(max).append("</MaxParts><IsTruncated>").append(truncated)
        .append("</IsTruncated></ListPartsResult>");
    sendXml(ex, 200, sb.toString());
  }

  private void complete(HttpExchange ex, UploadStore.Target target, UploadStore.Multipart m, String body)
      throws IOException, OssError {
    fault(OssFaults.Target.COMPLETE, 0);
    List<StoredPart> chosen = new ArrayList<>();
    Matcher pm = PART.matcher(body);
    int previous = 0;
    while (pm.find()) {
      Matcher n = PART_NUMBER.matcher(pm.group(1));
      Matcher t = ETAG.matcher(pm.group(1));
      if (!n.find() || !t.find()) {
        throw new OssError(400, "MalformedXML", "each Part needs a PartNumber and an ETag");
      }
      int number = Integer.parseInt(n.group(1));
      if (number <= previous) {
        throw new OssError(400, "InvalidPartOrder", "parts must be listed in ascending order");
      }
      previous = number;
      StoredPart p = m.parts().get(number);
      if (p == null || !bareTag(p.etag()).equals(bareTag(t.group(1)))) {
        throw new OssError(400, "InvalidPart", "part " + number + " was not uploaded or its ETag differs");
      }
      chosen.add(p);
    }
    if (chosen.isEmpty()) {
      throw new OssError(400, "MalformedXML", "no Part in CompleteMultipartUpload");
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      if (chosen.get(i).size() < MIN_PART) {
        throw new OssError(400, "EntityTooSmall", "part " + chosen.get(i).number() + " is smaller than 100 KiB");
      }
    }
    finish(target, chosen);
    store.forget(m, false);
    for (StoredPart p : m.parts().values()) {
      if (!chosen.contains(p)) {
        UploadStore.delete(p.file());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Bucket", UploadStore.BUCKET);
    out.put("Key", m.key());
    out.put("ETag", "\"" + m.uploadId().toUpperCase(Locale.ROOT) + "-" + chosen.size() + "\"");
    Http.sendJson(ex, 200, Json.write(out));
  }

  /** Checks size and GCID of the whole object, then completes the drive file. */
  private void finish(UploadStore.Target target, List<StoredPart> parts) throws IOException, OssError {
    long size = 0;
    for (StoredPart p : parts) {
      size += p.size();
    }
    if (size != target.size()) {
      throw new OssError(
          400, "InvalidArgument", "the object has " + size + " bytes but the create call declared " + target.size());
    }
    int block = (int) Gcid.blockSize(size);
    boolean aligned = true;
    for (int i = 0; i < parts.size() - 1; i++) {
      aligned &= parts.get(i).size() % block == 0;
    }
    PartsContent content = store.content(parts);
    String gcid;
    if (aligned) {
      MessageDigest outer = Gcid.sha1();
      for (StoredPart p : parts) {
        p.blockDigests().forEach(outer::update);
      }
      gcid = Gcid.hex(outer.digest()).toUpperCase(Locale.ROOT);
    } else {
      gcid = Gcid.of(content);
    }
    if (!gcid.equalsIgnoreCase(target.gcid())) {
      store.gcidMismatches.incrementAndGet();
      throw new OssError(
          400, "GcidMismatch", "the bytes received have GCID " + gcid + " but the create call declared " + target.gcid());
    }
    target.content().fill(content);
    target.drive().completeUpload(target.fileId());
  }

  private StoredPart receive(HttpExchange ex, int number, UploadStore.Target target) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      return StoredPart.receive(number, in, store.newFile(), (int) Gcid.blockSize(target.size()), clock.instant());
    }
  }

  private void fault(OssFaults.Target what, int partNumber) throws OssError {
    int status = store.faults.take(what, partNumber);
    if (status > 0) {
      throw new OssError(status, status >= 500 ? "InternalError" : "InvalidRequest", "injected fault");
    }
  }

  private static String bareTag(String tag) {
    return tag.replace("&quot;", "").replace("\"", "").trim().toUpperCase(Locale.ROOT);
  }

  private static int parseInt(String s, int dflt) {
    if (s == null || s.isEmpty()) {
      return dflt;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void drain(InputStream in) {
    byte[] buf = new byte[64 * 1024];
    try (in) {
      while (in.read(buf) >= 0) {
        // discard
      }
    } catch (IOException ignored) {
      // the connection is gone; nothing to answer
    }
  }

  private static void sendXml(HttpExchange ex, int status, String xml) throws IOException {
    ex.getResponseHeaders().set("x-oss-request-id", Ids.random(24));
    Http.sendText(ex, status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml);
  }

  private static void sendError(HttpExchange ex, OssError e) throws IOException {
    sendXml(
        ex,
        e.status,
        "<Error><Code>" + e.code + "</Code><Message>" + escape(e.getMessage()) + "</Message><RequestId>"
            + Ids.random(24) + "</RequestId><HostId>" + UploadStore.BUCKET + "</HostId></Error>");
  }
}
