package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentTest {
  static final DeviceId DEVICE = DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2");
  static final String EXPECTED =
      "ANDROID-com.pikcloud.pikpak/1.53.2 protocolVersion/200 accesstype/ clientid/YNxT9w7GMdWvEOKa"
          + " clientversion/1.53.2 action_type/ networktype/WIFI sessionid/ deviceid/bad0aceb2eb68a01b65b4156e2fd48e2"
          + " providername/NONE devicesign/div101.bad0aceb2eb68a01b65b4156e2fd48e29391b4bf7a6b5e7cc7568af68a2df70a"
          + " refresh_token/ sdkversion/2.0.6.206003 datetime/1700000000000 usrno/"
          + " appname/android-com.pikcloud.pikpak session_origin/ grant_type/ appid/ clientip/"
          + " devicename/Xiaomi_M2004j7ac osversion/13 platformversion/10 accessmode/ devicemodel/M2004J7AC ";

  @Test
  void deviceSignMatchesTheVector() {
    assertThat(AndroidUserAgent.deviceSign(DEVICE, "com.pikcloud.pikpak"))
        .isEqualTo("div101.bad0aceb2eb68a01b65b4156e2fd48e29391b4bf7a6b5e7cc7568af68a2df70a");
  }

  @Test
  void androidUserAgentMatchesThe542CharVector() {
    String ua = ClientProfile.android().userAgent(DEVICE, "", 1700000000000L);
    assertThat(ua).isEqualTo(EXPECTED).hasSize(542).endsWith(" ");
  }

  @Test
  void androidUserAgentCarriesTheUserIdAfterLogin() {
    String ua = ClientProfile.android().userAgent(DEVICE, "ZX123", 1700000000000L);
    assertThat(ua).contains(" usrno/ZX123 ").isEqualTo(EXPECTED.replace(" usrno/ ", " usrno/ZX123 "));
  }

  @Test
  void webAndPcUserAgentsAreFixed() {
    assertThat(ClientProfile.web().userAgent(DEVICE, "u", 1L))
        .isEqualTo(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/117.0.0.0 Safari/537.36");
    assertThat(ClientProfile.pc().userAgent(DEVICE, "u", 1L))
        .isEqualTo(
            "MainWindow Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " PikPak/2.6.11.4955 Chrome/100.0.4896.160 Electron/18.3.15 Safari/537.36");
  }

  @Test
  void userAgentsAreRebuiltOnlyWhenTheUserChanges() {
    MutableClock clock = new MutableClock(1700000000000L);
    UserAgents agents = new UserAgents(ClientProfile.android(), DEVICE, clock);
    String before = agents.forUser("");
    clock.advanceMillis(5000);
    assertThat(agents.forUser("")).isSameAs(before).contains("datetime/1700000000000 usrno/ ");
    assertThat(agents.forUser("U1")).contains("datetime/1700000005000 usrno/U1 ");
  }
}
