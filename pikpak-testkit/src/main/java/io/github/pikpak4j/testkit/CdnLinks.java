package io.github.pikpak4j.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs and verifies CDN links: {@code /download/<opaque>?fid=&expire=&sig=}. */
final class CdnLinks {
  private final byte[] key = Ids.randomBytes(32);
  private volatile String base = "http://127.0.0.1:0/";

  void base(String cdnBaseUrl) {
    this.base = cdnBaseUrl;
  }

  String url(String fid, long expireEpochSeconds) {
    String opaque = opaque(fid);
    return base
        + "download/"
        + opaque
        + "?fid="
        + fid
        + "&expire="
        + expireEpochSeconds
        + "&g=1&sig="
        + sig(opaque, fid, expireEpochSeconds);
  }

  boolean verify(String opaque, String fid, long expire, String sig) {
    byte[] expected = sig(opaque, fid, expire).getBytes(StandardCharsets.US_ASCII);
    return opaque.equals(opaque(fid))
        && MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
  }

  private String opaque(String fid) {
    return Gcid.hex(hmac("opaque\n" + fid)).substring(0, 40);
  }

  private String sig(String opaque, String fid, long expire) {
    return Gcid.hex(hmac(opaque + "\n" + fid + "\n" + expire)).substring(0, 32);
  }

  private byte[] hmac(String s) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
