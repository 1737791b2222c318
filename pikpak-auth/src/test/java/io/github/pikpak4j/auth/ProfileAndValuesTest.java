package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileAndValuesTest {

  @Test
  void currentTuples() {
    ClientProfile android = ClientProfile.android();
    assertThat(android.platform()).isEqualTo(Platform.ANDROID);
    assertThat(android.clientId()).isEqualTo("YNxT9w7GMdWvEOKa");
    assertThat(android.clientSecret()).isEqualTo("dbw2OtmVEeuUvIptb1Coyg");
    assertThat(android.clientVersion()).isEqualTo("1.53.2");
    assertThat(android.packageName()).isEqualTo("com.pikcloud.pikpak");
    assertThat(android.sdkVersion()).isEqualTo("2.0.6.206003");
    assertThat(android.salts()).hasSize(8);
    ClientProfile web = ClientProfile.web();
    assertThat(web.clientId()).isEqualTo("YUMx5nI8ZU8Ap8pm");
    assertThat(web.clientVersion()).isEqualTo("2.0.0");
    assertThat(web.packageName()).isEqualTo("mypikpak.com");
    assertThat(web.salts()).hasSize(15).contains("");
    ClientProfile pc = ClientProfile.pc();
    assertThat(pc.clientId()).isEqualTo("YvtoWO6GNHiuCl7x");
    assertThat(pc.clientSecret()).isEqualTo("1NIH5R1IEe2pAxZE3hv3uA");
    assertThat(pc.clientVersion()).isEqualTo("undefined");
    assertThat(pc.salts()).hasSize(10);
  }

  @Test
  void toBuilderReplacesConstantsWithoutTouchingTheOriginal() {
    ClientProfile web = ClientProfile.web();
    ClientProfile newer = web.toBuilder().clientVersion("2.1.0").salts(List.of("a", "", "b")).build();
    assertThat(newer.clientVersion()).isEqualTo("2.1.0");
    assertThat(newer.salts()).containsExactly("a", "", "b");
    assertThat(newer.clientId()).isEqualTo(web.clientId());
    assertThat(web.clientVersion()).isEqualTo("2.0.0");
    assertThat(web.toBuilder().build()).isEqualTo(web);
    assertThatThrownBy(() -> newer.salts().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void profileBuilderRejectsMissingValues() {
    assertThatThrownBy(() -> ClientProfile.web().toBuilder().clientId(" ").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("clientId");
    assertThatThrownBy(() -> ClientProfile.web().toBuilder().salts(List.of()).build())
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @CsvSource({"android,ANDROID", "WEB,WEB", " pc ,PC", "Web,WEB"})
  void platformParses(String text, Platform expected) {
    assertThat(Platform.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ios", "", "androidx"})
  void platformRejectsUnknownNames(String text) {
    assertThatThrownBy(() -> Platform.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("android, web, pc");
  }

  @Test
  void deviceIdValidation() {
    assertThat(DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2").value()).isEqualTo("bad0aceb2eb68a01b65b4156e2fd48e2");
    for (String bad : new String[] {"BAD0ACEB2EB68A01B65B4156E2FD48E2", "bad0aceb", "bad0aceb2eb68a01b65b4156e2fd48e2a",
        "gad0aceb2eb68a01b65b4156e2fd48e2"}) {
      assertThatThrownBy(() -> DeviceId.of(bad)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void randomDeviceIdFollowsTheWebTemplate() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      String id = DeviceId.random(random).value();
      assertThat(id).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
    }
    assertThat(DeviceId.random()).isNotEqualTo(DeviceId.random());
  }

  @Test
  void derivedDeviceIdIsMd5OfTheUsername() {
    assertThat(DeviceId.derived("user@example.com").value()).isEqualTo(Hashes.md5Hex("user@example.com"));
    // the protocol's md5hex(username + password) vector, to pin the digest itself
    assertThat(Hashes.md5Hex("user@example.com" + "secret")).isEqualTo("bad0aceb2eb68a01b65b4156e2fd48e2");
  }

  @Test
  void secretBearingTypesMaskThemselves() {
    Session s =
        Session.builder()
            .refreshToken("REFRESH-SECRET")
            .accessToken("ACCESS-SECRET", Instant.parse("2030-01-01T00:00:00Z"))
            .userId("U1")
            .deviceId(DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2"))
            .platform(Platform.WEB)
            .clientId("YUMx5nI8ZU8Ap8pm")
            .build();
    assertThat(s.toString()).contains("U1", "bad0aceb2eb68a01b65b4156e2fd48e2").doesNotContain("SECRET");
    Credentials c = Credentials.of("user@example.com", "PASSWORD-SECRET");
    assertThat(c.toString()).contains("user@example.com").doesNotContain("SECRET");
    assertThat(ClientProfile.pc().toString()).doesNotContain("1NIH5R1IEe2pAxZE3hv3uA").contains("YvtoWO6GNHiuCl7x");
  }

  @Test
  void credentialsRejectBlanks() {
    assertThatThrownBy(() -> Credentials.of(" ", "pw")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Credentials.of("user", "")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("password");
  }
}
