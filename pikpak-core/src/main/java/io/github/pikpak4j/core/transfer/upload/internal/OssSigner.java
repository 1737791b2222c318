package io.github.pikpak4j.core.transfer.upload.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun OSS signature version 1 (protocol §7.5): {@code Authorization: OSS <id>:<signature>} with
 * {@code signature = base64(HMAC-SHA1(secret, VERB \n Content-MD5 \n Content-Type \n Date \n
 * CanonicalizedOSSHeaders CanonicalizedResource))}.
 */
public final class OssSigner {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private OssSigner() {}

  /**
   * Returns the current time as an RFC 1123 HTTP date in GMT, e.g. {@code Thu, 17 Nov 2005 18:49:58 GMT}.
   *
   * @param clock the clock
   * @return the date header value
   */
  public static String httpDate(Clock clock) {
    return HTTP_DATE.format(clock.instant());
  }

  /**
   * Builds the string to sign.
   *
   * @param verb the HTTP method
   * @param contentMd5 the Content-MD5 header, or {@code ""}
   * @param contentType the Content-Type header, or {@code ""}
   * @param date the Date header
   * @param ossHeaders the {@code x-oss-*} headers (names in any case)
   * @param resource {@code /bucket/key} plus signed sub-resources, e.g. {@code ?partNumber=1&uploadId=X}
   * @return the string to sign
   */
  public static String stringToSign(
      String verb, String contentMd5, String contentType, String date, Map<String, String> ossHeaders,
      String resource) {
    StringBuilder sb = new StringBuilder();
    sb.append(verb).append('\n').append(contentMd5).append('\n').append(contentType).append('\n')
        .append(date).append('\n');
    TreeMap<String, String> sorted = new TreeMap<>();
    ossHeaders.forEach((k, v) -> sorted.put(k.toLowerCase(Locale.ROOT), v.trim()));
    sorted.forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
    return sb.append(resource).toString();
  }

  /**
   * Signs a string.
   *
   * @param secret the access key secret
   * @param stringToSign the string to sign
   * @return the base64 HMAC-SHA1
   */
  public static String sign(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }
}
