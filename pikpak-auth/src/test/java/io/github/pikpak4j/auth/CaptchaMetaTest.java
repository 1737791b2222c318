package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptchaMetaTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "user@example.com, email",
    "first.last+tag@mail.example.co.uk, email",
    "a-b@c-d.io, email",
    "me@local, username",
    "user@localhost, phone_number",
    "@ex.com, username",
    "user@@example.com, phone_number",
    "13800138000, phone_number",
    "+8613800138000, phone_number",
    "123456789012345678, phone_number",
    "1234567890123456789, username",
    "1380013800, username",
    "alice, username",
    "alice_the_archivist, username",
  })
  void preLoginMetaKey(String username, String key) {
    assertThat(CaptchaMeta.preLogin(username)).isEqualTo(Map.of(key, username));
  }

  @Test
  void postLoginMetaSignsTheSameTimestamp() {
    DeviceId device = DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2");
    Map<String, String> meta = CaptchaMeta.postLogin(ClientProfile.web(), device, "U1", 1700000000000L);
    assertThat(meta)
        .containsExactly(
            Map.entry("client_version", "2.0.0"),
            Map.entry("package_name", "mypikpak.com"),
            Map.entry("user_id", "U1"),
            Map.entry("timestamp", "1700000000000"),
            Map.entry("captcha_sign", "1.d31040c4a3f4b3e0f05376cf87a264b7"));
  }
}
