package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad settings fail at build(), before any request, with a message that says what to fix. */
class PikPakClientBuilderTest {

  static Stream<Arguments> badSettings() {
    return Stream.of(
        bad("blank username", b -> b.username(" ").password("x"), "username"),
        bad("blank password", b -> b.username("a@b.c").password(""), "password"),
        bad("malformed device id", b -> b.deviceId("XYZ"), "device id"),
        bad("unknown platform", b -> b.platform("ios"), "ios"),
        bad("plain http to a public host", b -> b.userEndpoint("http://user.mypikpak.net"), "userEndpoint"),
        bad("plain http drive endpoint", b -> b.driveEndpoint("http://10.0.0.1:8080/"), "driveEndpoint"),
        bad("not a URL", b -> b.driveEndpoint("api-drive.mypikpak.net"), "driveEndpoint"),
        bad("ftp endpoint", b -> b.userEndpoint("ftp://user.mypikpak.net/"), "userEndpoint"),
        bad("malformed proxy", b -> b.proxy("proxy.example:8080"), "proxy"),
        bad("proxy port out of range", b -> b.proxy("http://h:99999"), "between 1 and 65535"),
        bad("https proxy", b -> b.proxy("https://h:8443"), "https:// proxies"),
        bad("socks proxy with credentials", b -> b.proxy("socks5://u:p@h:1080"), "SOCKS proxies with a user name"),
        bad("proxy with a path", b -> b.proxy("http://h:3128/x"), "no path"),
        bad("endpoint with user info", b -> b.driveEndpoint("https://u:pw@api-drive.example/"), "user name"),
        bad("response limit 0", b -> b.maxResponseBytes(0), "maxResponseBytes"),
        bad("page size 0", b -> b.pageSize(0), "pageSize"),
        bad("page size 501", b -> b.pageSize(501), "pageSize"));
  }

  private static Arguments bad(String name, UnaryOperator<PikPakClientBuilder> change, String fragment) {
    return Arguments.of(name, change, fragment);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSettings")
  void rejectsAtBuild(String name, UnaryOperator<PikPakClientBuilder> change, String fragment) {
    PikPakClientBuilder b = PikPakClient.builder().inMemorySession();
    assertThatThrownBy(() -> change.apply(b).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(fragment);
  }

  @Test
  void defaultClientWritesAndReadsWithTheSameTimeout() {
    // Unequal timeouts wake Okio's watchdog thread on every request (see defaultHttpClient).
    okhttp3.OkHttpClient http = PikPakClientBuilder.defaultHttpClient();
    assertThat(http.writeTimeoutMillis()).isEqualTo(http.readTimeoutMillis()).isEqualTo(60_000);
    assertThat(http.connectTimeoutMillis()).isEqualTo(15_000);
  }

  @Test
  void loopbackHttpIsAccepted() {
    for (String url : new String[] {"http://127.0.0.1:1/", "http://localhost:1", "http://[::1]:1/", "http://127.8.9.10/"}) {
      try (PikPakClient c = PikPakClient.builder().userEndpoint(url).driveEndpoint(url).inMemorySession().build()) {
        assertThat(c).isNotNull();
      }
    }
  }

  @Test
  void passwordNeverAppearsInToStringOrErrors() {
    try (PikPakClient c =
        PikPakClient.builder().username("u@example.com").password("hunter2-secret").inMemorySession().build()) {
      assertThat(c.toString()).doesNotContain("hunter2-secret");
    }
    assertThatThrownBy(() -> PikPakClient.builder().username("u@example.com").password("hunter2-secret")
            .platform("ios").inMemorySession().build())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2-secret"));
  }

  @Test
  void proxyCredentialsNeverAppearInErrors() {
    assertThatThrownBy(() -> PikPakClient.builder().inMemorySession().proxy("ftp://bob:s3cret@proxy:1").build())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").contains("***@proxy"));
  }

  @Test
  void fromEnvReadsTheCliVariablesAndFlagsStillWin() {
    Map<String, String> env =
        Map.of(
            "PIKPAK_PLATFORM", "ios",
            "PIKPAK_DEVICE_ID", "0123456789abcdef0123456789abcdef");
    assertThatThrownBy(() -> PikPakClient.builder().inMemorySession().fromEnv(env).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ios");
    try (PikPakClient c = PikPakClient.builder().inMemorySession().fromEnv(env).platform("android").build()) {
      assertThat(c.deviceId()).isEqualTo("0123456789abcdef0123456789abcdef");
      assertThat(c.toString()).contains("android");
    }
  }

  @Test
  void proxyFromHttpsProxyWhenPikPakProxyUnset() {
    assertThatThrownBy(
            () -> PikPakClient.builder().inMemorySession().fromEnv(Map.of("HTTPS_PROXY", "not a proxy")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("proxy");
  }
}
