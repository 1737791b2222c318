package io.github.pikpak4j.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Opaque, tamper-evident page tokens bound to the listing they continue. */
final class PageTokens {
  private final byte[] key = Ids.randomBytes(32);

  String encode(String scope, int offset) {
    String payload = offset + "\n" + scope;
    String mac = mac(payload);
    return Ids.base64Url((mac + "\n" + payload).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the offset, or fails with invalid_argument when the token is not ours or not for this scope. */
  int decode(String token, String scope) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiFailure.invalidArgument("invalid page_token");
    }
    int nl = text.indexOf('\n');
    if (nl < 0) {
      throw ApiFailure.invalidArgument("invalid page_token");
    }
    String mac = text.substring(0, nl);
    String payload = text.substring(nl + 1);
    if (!mac.equals(mac(payload))) {
      throw ApiFailure.invalidArgument("invalid page_token");
    }
    int nl2 = payload.indexOf('\n');
    if (!payload.substring(nl2 + 1).equals(scope)) {
      throw ApiFailure.invalidArgument("page_token does not belong to this listing");
    }
    return Integer.parseInt(payload.substring(0, nl2));
  }

  private String mac(String s) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return Gcid.hex(m.doFinal(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
