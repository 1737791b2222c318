package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PikPakEmulatorExtension.class)
class SmokeTest {

  @Test
  void signsInAndListsTheRoot(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    assertThat(c.sub).isEqualTo(emu.demoUserId());
    TestClient.Response r = c.drive("drive/v1/files?parent_id=&limit=100&thumbnail_size=SIZE_LARGE&with_audit=true");
    TestClient.check(r);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) r.get("files");
    assertThat(files).extracting(f -> f.get("name"))
        .containsExactly("My Pack", "Documents", "Videos", "Many Files", "README.txt");
    assertThat(r.get("next_page_token")).isEqualTo("");
  }
}
