package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The share routes on the raw wire: who may read, what an anonymous reader must send, strict bodies. */
@ExtendWith(PikPakEmulatorExtension.class)
class ShareRoutesTest {

  /** Headers of an anonymous reader: no Authorization, a captcha token issued with user_id "". */
  private static Map<String, String> anonymous(PikPakEmulator emu, TestClient c) {
    TestClient.Response init =
        c.captchaInit("GET:/drive/v1/share:batch_file_info", c.postLoginMeta("", emu.clock().millis()));
    TestClient.check(init);
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-Client-Id", KnownClient.WEB.clientId());
    h.put("X-Device-Id", TestClient.DEVICE_ID);
    h.put("User-Agent", TestClient.WEB_UA);
    h.put("X-Captcha-Token", (String) init.get("captcha_token"));
    return h;
  }

  private static String share(PikPakEmulator emu, String passCode) {
    String readme = emu.drive().find("/README.txt").orElseThrow();
    return emu.shares().create(emu.demoUserId(), List.of(readme), passCode);
  }

  @Test
  void anonymousReadNeedsClientIdAndAnAnonymousCaptcha(PikPakEmulator emu) {
    String id = share(emu, null);
    TestClient c = new TestClient(emu);
    Map<String, String> h = anonymous(emu, c);
    String url = emu.driveBaseUrl() + "drive/v1/share?share_id=" + id;
    TestClient.Response ok = c.get(url, h);
    TestClient.check(ok);
    assertThat(ok.get("share_status")).isEqualTo("OK");
    assertThat((String) ok.get("pass_code_token")).isNotEmpty();

    Map<String, String> noClient = new LinkedHashMap<>(h);
    noClient.remove("X-Client-Id");
    TestClient.Response refused = c.get(url, noClient);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("client_id not match");

    Map<String, String> noCaptcha = new LinkedHashMap<>(h);
    noCaptcha.remove("X-Captcha-Token");
    assertThat(c.get(url, noCaptcha).body()).contains("captcha_invalid");

    TestClient signedIn = new TestClient(emu).login(); // a signed-in captcha is not an anonymous one
    Map<String, String> wrongCaptcha = new LinkedHashMap<>(h);
    wrongCaptcha.put("X-Captcha-Token", signedIn.captchaToken);
    assertThat(c.get(url, wrongCaptcha).body()).contains("captcha_invalid");
  }

  @Test
  void passCodeTokenGatesTheListingAndFileInfoHidesVideoLinks(PikPakEmulator emu) {
    String video = emu.drive().addFile("", "v.mp4", 1000, 5);
    emu.drive().addMedia(video, "720P", 720, true, 0, 0);
    emu.drive().addMedia(video, "480P", 480, false, 400, 6);
    String id = emu.shares().create(emu.demoUserId(), List.of(video), "abcd");
    TestClient c = new TestClient(emu).login();
    String base = emu.driveBaseUrl() + "drive/v1/share";
    assertThat(c.get(base + "?share_id=" + id, c.apiHeaders()).get("share_status")).isEqualTo("PASS_CODE_EMPTY");
    assertThat(c.get(base + "?share_id=" + id + "&pass_code=zzzz", c.apiHeaders()).get("share_status"))
        .isEqualTo("PASS_CODE_ERROR");
    String token = (String) c.get(base + "?share_id=" + id + "&pass_code=abcd", c.apiHeaders()).get("pass_code_token");
    assertThat(c.get(base + "/detail?share_id=" + id + "&pass_code_token=bogus", c.apiHeaders()).get("share_status"))
        .isEqualTo("PASS_CODE_EMPTY");
    TestClient.Response info =
        c.get(base + "/file_info?share_id=" + id + "&file_id=" + video + "&pass_code_token=" + TestClient.enc(token),
            c.apiHeaders());
    TestClient.check(info);
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) info.get("file_info");
    assertThat(file.get("web_content_link")).isEqualTo("");
    assertThat(file).doesNotContainKeys("hash", "created_time");
    assertThat((List<?>) file.get("medias")).hasSize(2);
    emu.shares().expirePassCodeTokens();
    assertThat(c.get(base + "/detail?share_id=" + id + "&pass_code_token=" + TestClient.enc(token), c.apiHeaders())
        .get("share_status")).isEqualTo("PASS_CODE_EMPTY");
  }

  @Test
  void restoreIsStrictAboutAncestorsAndRefusesOwnShares(PikPakEmulator emu) {
    String owner = emu.addAccount("other@pikpak4j.dev", "pw-other");
    EmulatedDrive d = emu.drive(owner);
    String top = d.addFolder("", "top");
    String sub = d.addFolder(top, "sub");
    String f = d.addFile(sub, "f.bin", 10, 1);
    String id = emu.shares().create(owner, List.of(top), null);
    TestClient c = new TestClient(emu).login();
    String token =
        (String) c.get(emu.driveBaseUrl() + "drive/v1/share?share_id=" + id, c.apiHeaders()).get("pass_code_token");
    String url = emu.driveBaseUrl() + "drive/v1/share/restore";
    String wrong = "{\"share_id\":\"" + id + "\",\"pass_code_token\":\"" + token + "\",\"file_ids\":[\"" + f
        + "\"],\"ancestor_ids\":[\"" + sub + "\"]}";
    TestClient.Response refused = c.post(url, "application/json", wrong, c.apiHeaders());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("ancestor_ids");
    String right = wrong.replace("[\"" + sub + "\"]", "[\"" + top + "\",\"" + sub + "\"]");
    TestClient.Response ok = c.post(url, "application/json", right, c.apiHeaders());
    TestClient.check(ok);
    assertThat((String) ok.get("restore_task_id")).isNotEmpty();
    assertThat(emu.drive().find("/Pack From Shared/f.bin")).isPresent();

    String mine = share(emu, null);
    String readme = emu.drive().find("/README.txt").orElseThrow();
    String ownBody = "{\"share_id\":\"" + mine + "\",\"file_ids\":[\"" + readme + "\"]}";
    TestClient.Response own = c.post(url, "application/json", ownBody, c.apiHeaders());
    assertThat(own.body()).contains("file_restore_own").contains("\"error_code\":9");
  }

  @Test
  void regionBlockSwitch(PikPakEmulator emu) {
    String id = share(emu, null);
    emu.shares().regionBlocked(true);
    TestClient c = new TestClient(emu).login();
    TestClient.Response r = c.get(emu.driveBaseUrl() + "drive/v1/share?share_id=" + id, c.apiHeaders());
    assertThat(r.get("share_status_text")).isEqualTo(EmulatedShares.REGION_BLOCK_TEXT);
  }
}
