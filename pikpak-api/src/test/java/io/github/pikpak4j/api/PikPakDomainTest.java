package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PikPakDomainTest {

  @Test
  void presetsBuildBaseUrls() {
    assertThat(PikPakDomain.DEFAULT).isEqualTo(PikPakDomain.MYPIKPAK_NET);
    assertThat(PikPakDomain.MYPIKPAK_NET.userBaseUrl()).isEqualTo("https://user.mypikpak.net/");
    assertThat(PikPakDomain.PIKPAK_ME.driveBaseUrl()).isEqualTo("https://api-drive.pikpak.me/");
    assertThat(PikPakDomain.PIKPAKDRIVE_COM.root()).isEqualTo("pikpakdrive.com");
  }

  @Test
  void ofRootIsLenientAboutCaseAndDots() {
    assertThat(PikPakDomain.ofRoot(" MyPikPak.COM. ")).contains(PikPakDomain.MYPIKPAK_COM);
    assertThat(PikPakDomain.ofRoot("example.com")).isEmpty();
  }

  @Test
  void badBaseUrlIsInvalidInput() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PikPakApis.create("ftp://x", "https://y/", new okhttp3.OkHttpClient()))
        .isInstanceOf(InvalidInputException.class);
  }
}
