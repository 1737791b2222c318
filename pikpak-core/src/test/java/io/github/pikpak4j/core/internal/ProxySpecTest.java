package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proxy credentials on the wire, and the forms refused (issue 11, item 10). */
class ProxySpecTest {
  @StartStop final MockWebServer proxy = new MockWebServer();

  @Test
  void anHttpProxysChallengeIsAnsweredWithTheDecodedCredentialsOnce() throws Exception {
    proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\"").build());
    proxy.enqueue(new MockResponse.Builder().code(200).body("through").build());
    OkHttpClient client =
        ProxySpec.parse("http://alice:p%40ss:w0rd@" + proxy.getHostName() + ":" + proxy.getPort())
            .applyTo(new OkHttpClient.Builder())
            .build();
    try (Response r = client.newCall(new Request.Builder().url("http://api.example.invalid/x").build()).execute()) {
      assertThat(r.body().string()).isEqualTo("through");
    }
    RecordedRequest first = proxy.takeRequest();
    RecordedRequest second = proxy.takeRequest();
    assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
    String expected =
        "Basic " + Base64.getEncoder().encodeToString("alice:p@ss:w0rd".getBytes(StandardCharsets.UTF_8));
    assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(expected);
    assertThat(second.getTarget()).isEqualTo("http://api.example.invalid/x");
  }

  @Test
  void refusedCredentialsAreNotSentForEver() throws Exception {
    for (int i = 0; i < 3; i++) {
      proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic").build());
    }
    OkHttpClient client =
        ProxySpec.parse("http://bob:wrong@" + proxy.getHostName() + ":" + proxy.getPort())
            .applyTo(new OkHttpClient.Builder())
            .build();
    try (Response r = client.newCall(new Request.Builder().url("http://api.example.invalid/").build()).execute()) {
      assertThat(r.code()).isEqualTo(407);
    }
    assertThat(proxy.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://u:topsecret@h:8443", "http://u:topsecret@h:99999", "http://u:topsecret@h:0", "socks5://u:topsecret@h:1",
        "ftp://u:topsecret@h:1", "http://u:topsecret@h", "http://u:topsecret@h:1/path", "http://:topsecret@h:1"
      })
  void refusedFormsNeverShowThePassword(String value) {
    assertThatThrownBy(() -> ProxySpec.parse(value))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("proxy")
        .hasMessageNotContaining("topsecret");
    assertThat(ProxySpec.parse("http://u:topsecret@h:1").toString()).doesNotContain("topsecret");
  }
}
