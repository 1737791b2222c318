package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session in the forms PikPakAPI (Python, 0.1.11) sends against the real server: the Android 1.47.1 profile, no
 * {@code X-Client-Id}, a desktop Chrome User-Agent with the Android client id, {@code parent_id: null} and {@code
 * "to": {}} for the root, and its membership calls. Every call is accepted; each departure from the strict form is
 * in the deviation journal.
 */
@ExtendWith(PikPakEmulatorExtension.class)
class RealClientFormsTest {

  @Test
  void aPikPakApiSessionIsAcceptedAndItsDeviationsRecorded(PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.ANDROID_1_47_1).login();
    c.userAgent = TestClient.WEB_UA;
    Map<String, String> h = new LinkedHashMap<>(c.apiHeaders());
    h.remove("X-Client-Id");
    String drive = emu.driveBaseUrl();

    TestClient.Response folder =
        c.post(drive + "drive/v1/files", "application/json",
            "{\"kind\":\"drive#folder\",\"name\":\"Py\",\"parent_id\":null}", h);
    TestClient.check(folder);
    String file = emu.drive().addFile(emu.drive().find("/Py").orElseThrow(), "a.bin", 10, 1);
    TestClient.check(
        c.post(drive + "drive/v1/files:batchMove", "application/json",
            "{\"ids\":[\"" + file + "\"],\"to\":{}}", h));
    for (String path :
        List.of("drive/v1/privilege/vip", "vip/v1/quantity/list?type=transfer", "vip/v1/activity/inviteCode",
            "drive/v1/events?thumbnail_size=SIZE_MEDIUM&limit=100", "drive/v1/about")) {
      TestClient.check(c.get(drive + path, h));
    }
    assertThat(emu.drive().find("/a.bin")).contains(file);
    assertThat(emu.deviations())
        .extracting(Deviation::rule)
        .contains(Deviation.RULE_CLIENT_ID_MISSING, Deviation.RULE_USER_AGENT, Deviation.RULE_NULL_PARENT,
            Deviation.RULE_EMPTY_TO);
    assertThat(emu.deviations()).allSatisfy(d -> assertThat(d.detail()).doesNotContain(c.accessToken));
  }
}
