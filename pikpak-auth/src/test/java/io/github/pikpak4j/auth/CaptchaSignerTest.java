package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaptchaSignerTest {
  static final DeviceId DEVICE = DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2");
  static final long TS = 1700000000000L;

  static final List<String> ANDROID_1_21_0_SALTS =
      List.of(
          "",
          "E32cSkYXC2bciKJGxRsE8ZgwmH/YwkvpD6/O9guSOa2irCwciH4xPHaH",
          "QtqgfMgHP2TFl",
          "zOKgHT56L7nIzFzDpUGhpWFrgP53m3G6ML",
          "S",
          "THxpsktzfFXizUv7DK1y/N7NZ1WhayViluBEvAJJ8bA1Wr6",
          "y9PXH3xGUhG/zQI8CaapRw2LhldCaFM9CRlKpZXJvj+pifu",
          "+RaaG7T8FRTI4cP019N5y9ofLyHE9ySFUr",
          "6Pf1l8UTeuzYldGtb/d");

  static ClientProfile android1210() {
    return ClientProfile.android().toBuilder().clientVersion("1.21.0").salts(ANDROID_1_21_0_SALTS).build();
  }

  static List<Arguments> vectors() {
    return List.of(
        Arguments.of("web", ClientProfile.web(), "1.d31040c4a3f4b3e0f05376cf87a264b7"),
        Arguments.of("android", ClientProfile.android(), "1.21ede84f54141bfbbc237fd53604651c"),
        Arguments.of("pc", ClientProfile.pc(), "1.3f86bb0d84140b9bcdef81dbaad1d7d9"),
        Arguments.of("android 1.21.0", android1210(), "1.79664fccdf1db2d895d4ad181bf28cab"),
        Arguments.of(
            "web, wrong package mypikpak.net",
            ClientProfile.web().toBuilder().packageName("mypikpak.net").build(),
            "1.bdc086fccc4f85c01e1a8595708b0819"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesTheProtocolVectors(String name, ClientProfile profile, String expected) {
    assertThat(CaptchaSigner.sign(profile, DEVICE, TS)).isEqualTo(expected);
  }

  @Test
  void wrongPackageDoesNotMatchTheWebVector() {
    ClientProfile wrong = ClientProfile.web().toBuilder().packageName("mypikpak.net").build();
    assertThat(CaptchaSigner.sign(wrong, DEVICE, TS)).isNotEqualTo("1.d31040c4a3f4b3e0f05376cf87a264b7");
  }

  @Test
  void saltOrderMatters() {
    List<String> reversed = new java.util.ArrayList<>(ClientProfile.web().salts());
    java.util.Collections.reverse(reversed);
    ClientProfile shuffled = ClientProfile.web().toBuilder().salts(reversed).build();
    assertThat(CaptchaSigner.sign(shuffled, DEVICE, TS)).isNotEqualTo("1.d31040c4a3f4b3e0f05376cf87a264b7");
  }

  @Test
  void rawOverloadAgreesWithProfileOverload() {
    ClientProfile web = ClientProfile.web();
    assertThat(
            CaptchaSigner.sign(
                web.clientId(), web.clientVersion(), web.packageName(), DEVICE.value(), TS, web.salts()))
        .isEqualTo(CaptchaSigner.sign(web, DEVICE, TS));
  }
}
