package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.core.internal.EndpointUrls;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The OSS calls of one upload (protocol §7.3 to §7.5), signed with V1 and the session's STS
 * credentials, on a client without the PikPak API headers. Every method makes one attempt; the
 * caller decides about retries.
 */
final class OssClient {
  /** The User-Agent of OSS requests (protocol §2.2). */
  static final String USER_AGENT = "aliyun-sdk-android/2.9.13(Linux/Android 14/M2004j7ac;UKQ1.231108.001)";

  private static final MediaType XML = MediaType.get("application/xml");
  private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>");
  private static final Pattern PART = Pattern.compile("<Part>(.*?)</Part>", Pattern.DOTALL);
  private static final Pattern PART_NUMBER = Pattern.compile("<PartNumber>\\s*(\\d+)\\s*</PartNumber>");
  private static final Pattern ETAG = Pattern.compile("<ETag>([^<]*)</ETag>");
  private static final Pattern SIZE = Pattern.compile("<Size>\\s*(\\d+)\\s*</Size>");
  private static final Pattern TRUNCATED = Pattern.compile("<IsTruncated>\\s*true\\s*</IsTruncated>");
  private static final Pattern NEXT_MARKER = Pattern.compile("<NextPartNumberMarker>\\s*(\\d+)\\s*</NextPartNumberMarker>");
  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
  private static final int MAX_ERROR_BODY = 16 * 1024;

  /** The domains whose sub-hosts are reduced to the domain itself for uploads (see {@link #objectUrl}). */
  private static final List<String> PIKPAK_UPLOAD_DOMAINS = List.of("mypikpak.net", "mypikpak.com");

  private final OkHttpClient http;
  private final Clock clock;
  private final HttpUrl objectUrl;
  private final String resource;
  private final String accessKeyId;
  private final String secret;
  private final String securityToken;

  OssClient(OkHttpClient http, Clock clock, UploadSession s) {
    this.http = http;
    this.clock = clock;
    this.objectUrl = objectUrl(s.endpoint(), s.bucket(), s.key());
    this.resource = "/" + s.bucket() + "/" + s.key();
    this.accessKeyId = s.accessKeyId();
    this.secret = s.accessKeySecret();
    this.securityToken = s.securityToken();
  }

  /**
   * The object's URL: virtual-hosted ({@code https://bucket.endpoint/key}) for real hosts, path
   * style ({@code http://127.0.0.1:port/bucket/key}) for loopback and IP-literal hosts, which
   * cannot carry a bucket sub-domain. https unless the endpoint names a scheme; plain http only to
   * loopback hosts.
   *
   * <p>An endpoint below one of PikPak's domains is reduced to that domain: Android sign-ins are
   * answered {@code vip-lixian-07.mypikpak.net} where web ones get {@code mypikpak.net}, and no
   * peer uploads to {@code {bucket}.vip-lixian-07...}. AList/OpenList replace the Android answer
   * with {@code mypikpak.net} (drivers/pikpak/driver.go), rclone ignores the endpoint and uses
   * {@code {bucket}.mypikpak.com}; pikpak-kotlin's {@code {endpoint}/{key}} drops the bucket, which
   * the OSS V1 signature's {@code /bucket/key} resource would not match. So every platform uploads
   * to {@code https://{bucket}.mypikpak.net/{key}} when answered so.
   */
  static HttpUrl objectUrl(String endpoint, String bucket, String key) {
    String e = endpoint.trim();
    String scheme = "https";
    int sep = e.indexOf("://");
    if (sep >= 0) {
      scheme = e.substring(0, sep).toLowerCase(Locale.ROOT);
      e = e.substring(sep + 3);
    }
    while (e.endsWith("/")) {
      e = e.substring(0, e.length() - 1);
    }
    HttpUrl host = scheme.equals("https") || scheme.equals("http") ? HttpUrl.parse(scheme + "://" + e + "/") : null;
    if (host == null || e.isEmpty() || bucket.isEmpty() || key.isEmpty()) {
      throw new InvalidResponseException("the upload answer has an unusable OSS endpoint: " + endpoint);
    }
    boolean loopback = EndpointUrls.isLoopback(host.host());
    if (scheme.equals("http") && !loopback) {
      throw new InvalidResponseException(
          "the upload answer has a plain-http OSS endpoint to a non-loopback host (" + host.host() + ")");
    }
    boolean ipLiteral = host.host().contains(":") || host.host().matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (loopback || ipLiteral) {
      return host.newBuilder().addPathSegment(bucket).addPathSegments(key).build();
    }
    return host.newBuilder().host(bucket + "." + pikpakRoot(host.host())).addPathSegments(key).build();
  }

  /** {@code mypikpak.net} or {@code mypikpak.com} for a host below one of them, else the host itself. */
  static String pikpakRoot(String host) {
    for (String root : PIKPAK_UPLOAD_DOMAINS) {
      if (host.endsWith("." + root)) {
        return root;
      }
    }
    return host;
  }

  /** PutObject: the whole file in one request. Returns the ETag. */
  String putObject(RequestBody body) throws OssCallException {
    try (Response r = send("PUT", "PutObject", body, "", Map.of(), "")) {
      return etag(r, "PutObject");
    }
  }

  /** InitiateMultipartUpload. Returns the upload id. */
  String initiate() throws OssCallException {
    try (Response r =
        send("POST", "InitiateMultipartUpload", RequestBody.create(new byte[0], null), "", Map.of("uploads", ""), "?uploads")) {
      Matcher m = UPLOAD_ID.matcher(text(r, "InitiateMultipartUpload"));
      if (!m.find()) {
        throw new OssCallException("InitiateMultipartUpload", r.code(), "MalformedXML", "no UploadId in the answer", null, null);
      }
      return m.group(1).trim();
    }
  }

  /** UploadPart. Returns the ETag. */
  String uploadPart(String uploadId, int number, RequestBody body) throws OssCallException {
    String sub = "?partNumber=" + number + "&uploadId=" + uploadId;
    try (Response r =
        send("PUT", "UploadPart", body, "", Map.of("partNumber", Integer.toString(number), "uploadId", uploadId), sub)) {
      return etag(r, "UploadPart");
    }
  }

  /** ListParts, all pages. */
  List<UploadSession.Part> listParts(String uploadId) throws OssCallException {
    List<UploadSession.Part> out = new ArrayList<>();
    int marker = 0;
    for (int page = 0; page < 20; page++) {
      Map<String, String> q =
          marker == 0
              ? Map.of("uploadId", uploadId, "max-parts", "1000")
              : Map.of("uploadId", uploadId, "max-parts", "1000", "part-number-marker", Integer.toString(marker));
      String xml;
      try (Response r = send("GET", "ListParts", null, "", q, "?uploadId=" + uploadId)) {
        xml = text(r, "ListParts");
      }
      Matcher pm = PART.matcher(xml);
      while (pm.find()) {
        Matcher n = PART_NUMBER.matcher(pm.group(1));
        Matcher t = ETAG.matcher(pm.group(1));
        Matcher s = SIZE.matcher(pm.group(1));
        if (n.find() && t.find() && s.find()) {
          out.add(new UploadSession.Part(Integer.parseInt(n.group(1)), Long.parseLong(s.group(1)), unescape(t.group(1))));
        }
      }
      Matcher next = NEXT_MARKER.matcher(xml);
      if (!TRUNCATED.matcher(xml).find() || !next.find() || Integer.parseInt(next.group(1)) <= marker) {
        return out;
      }
      marker = Integer.parseInt(next.group(1));
    }
    return out;
  }

  /**
   * CompleteMultipartUpload. A 2xx status is success whatever the body: PikPak answers JSON, not
   * the XML of OSS (protocol §7.5).
   */
  void complete(String uploadId, List<UploadSession.Part> parts) throws OssCallException {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (UploadSession.Part p : parts) {
      xml.append("<Part><PartNumber>").append(p.number()).append("</PartNumber><ETag>")
          .append(p.etag().replace("&", "&amp;").replace("<", "&lt;")).append("</ETag></Part>");
    }
    xml.append("</CompleteMultipartUpload>");
    RequestBody body = RequestBody.create(xml.toString().getBytes(StandardCharsets.UTF_8), XML);
    // 2xx: done; the body (JSON on PikPak) is not needed
    send("POST", "CompleteMultipartUpload", body, XML.toString(), Map.of("uploadId", uploadId),
        "?uploadId=" + uploadId).close();
  }

  /** AbortMultipartUpload. */
  void abort(String uploadId) throws OssCallException {
    send("DELETE", "AbortMultipartUpload", null, "", Map.of("uploadId", uploadId), "?uploadId=" + uploadId).close();
  }

  private Response send(
      String method, String operation, @Nullable RequestBody body, String contentType, Map<String, String> query,
      String signedSubresources) throws OssCallException {
    HttpUrl.Builder url = objectUrl.newBuilder();
    query.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> url.addQueryParameter(e.getKey(), e.getValue().isEmpty() ? null : e.getValue()));
    String date = OssSigner.httpDate(clock);
    String toSign =
        OssSigner.stringToSign(method, "", contentType, date, Map.of("x-oss-security-token", securityToken),
            resource + signedSubresources);
    Request request =
        new Request.Builder()
            .url(url.build())
            .method(method, body)
            .header("Date", date)
            .header("x-oss-security-token", securityToken)
            .header("Authorization", "OSS " + accessKeyId + ":" + OssSigner.sign(secret, toSign))
            .header("User-Agent", USER_AGENT)
            .build();
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw new OssCallException(operation, 0, null, operation + " failed: " + e, null, e);
    }
    if (response.isSuccessful()) {
      return response;
    }
    try (response) {
      String text = "";
      ResponseBody rb = response.body();
      try {
        text = rb.string();
        text = text.length() > MAX_ERROR_BODY ? text.substring(0, MAX_ERROR_BODY) : text;
      } catch (IOException | RuntimeException ignored) {
        // keep the status alone
      }
      Matcher c = CODE.matcher(text);
      Matcher m = MESSAGE.matcher(text);
      String code = c.find() ? c.group(1) : null;
      String message = m.find() ? m.group(1) : "HTTP " + response.code();
      throw new OssCallException(
          operation, response.code(), code, operation + " answered HTTP " + response.code() + ": " + message,
          response.header("x-oss-request-id"), null);
    }
  }

  private static String etag(Response r, String operation) throws OssCallException {
    String etag = r.header("ETag");
    if (etag == null || etag.isBlank()) {
      throw new OssCallException(operation, r.code(), "MissingETag", operation + " answered without an ETag", null, null);
    }
    return etag.trim();
  }

  private static String text(Response r, String operation) throws OssCallException {
    try {
      return r.body().string();
    } catch (IOException e) {
      throw new OssCallException(operation, 0, null, operation + " failed: " + e, null, e);
    }
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
  }
}
