package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthInterceptor#mayHoldJson} reads the {@code Content-Type} header itself; it must decide as the check it
 * replaced did, on OkHttp's parsed {@link MediaType}: scan a 2xx body unless it has a type that is neither JSON nor text.
 */
class ContentTypeCheckTest {
  private static boolean viaMediaType(String header) {
    MediaType type = MediaType.parse(header);
    return type == null || type.subtype().contains("json") || "text".equals(type.type());
  }

  @Test
  void decidesAsOkHttpsParsedTypeDoes() {
    List<String> headers = new ArrayList<>(List.of("application/json", "application/json; charset=utf-8",
        "APPLICATION/JSON", "application/problem+json", "application/x-json-stream", "text/plain", "Text/HTML;x=1",
        "application/octet-stream", "image/png", "video/mp4; codecs=\"avc1\"", "json", "", " ", "/", "application/",
        "/json", "app lication/json", "app lication/xml", "application/x{y}", " text/html", "text/html ",
        "application/jsonx", "multipart/form-data; boundary=json", "application/xml;charset=json", "tëxt/plain",
        "application/ json", "text /plain", "a/b/c", "a/json/c"));
    Random random = new Random(16);
    String alphabet = "ajsontxplic/;= +-{}\"ë";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(18); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      headers.add(b.toString());
    }
    for (String header : headers) {
      assertThat(AuthInterceptor.mayHoldJson(header)).as("Content-Type: [%s]", header).isEqualTo(viaMediaType(header));
    }
    assertThat(AuthInterceptor.mayHoldJson(null)).isTrue();
  }
}
