package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PikPakEmulatorExtension.class)
class DriveTest {

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> files(TestClient.Response r) {
    TestClient.check(r);
    return (List<Map<String, Object>>) r.get("files");
  }

  @Test
  void pagesAcrossTheCap(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String many = emu.drive().find("/Many Files").orElseThrow();
    List<Integer> sizes = new ArrayList<>();
    List<Object> names = new ArrayList<>();
    String token = "";
    do {
      TestClient.Response r =
          c.drive("drive/v1/files?parent_id=" + many + "&limit=500&page_token=" + TestClient.enc(token));
      List<Map<String, Object>> page = files(r);
      sizes.add(page.size());
      page.forEach(f -> names.add(f.get("name")));
      token = (String) r.get("next_page_token");
    } while (!token.isEmpty());
    assertThat(sizes).containsExactly(100, 100, 50);
    assertThat(names).hasSize(250).doesNotHaveDuplicates().startsWith("file-001.bin");
  }

  @Test
  void rejectsForeignOrTamperedPageTokens(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String many = emu.drive().find("/Many Files").orElseThrow();
    String token = (String) c.drive("drive/v1/files?parent_id=" + many).get("next_page_token");
    assertThat(token).isNotEmpty();
    TestClient.Response otherParent = c.drive("drive/v1/files?parent_id=&page_token=" + TestClient.enc(token));
    assertThat(otherParent.status()).isEqualTo(400);
    assertThat(otherParent.get("error")).isEqualTo("invalid_argument");
    TestClient.Response garbage = c.drive("drive/v1/files?parent_id=" + many + "&page_token=garbage");
    assertThat(garbage.get("error_code")).isEqualTo(3.0);
  }

  @Test
  void smallerLimitsAreHonoured() {
    try (PikPakEmulator emu = PikPakEmulator.builder().pageSizeCap(10).start()) {
      TestClient c = new TestClient(emu).login();
      String many = emu.drive().find("/Many Files").orElseThrow();
      assertThat(files(c.drive("drive/v1/files?parent_id=" + many + "&limit=100"))).hasSize(10);
      assertThat(files(c.drive("drive/v1/files?parent_id=" + many + "&limit=3"))).hasSize(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"kind\":{\"eq\":\"drive#folder\"}}|My Pack,Documents,Videos,Many Files",
        "{\"kind\":{\"eq\":\"drive#file\"},\"trashed\":{\"eq\":false}}|README.txt,Running.bin",
        "{\"phase\":{\"eq\":\"PHASE_TYPE_COMPLETE\"},\"trashed\":{\"eq\":false}}|My Pack,Documents,Videos,Many Files,README.txt",
        "{\"phase\":{\"in\":\"PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR\"}}|Running.bin",
        "{\"starred\":{\"eq\":true}}|Videos",
        "{\"trashed\":{\"eq\":true}}|Trashed.bin",
      })
  void filters(String filters, String expected, PikPakEmulator emu) {
    emu.drive().setPhase(emu.addFile("", "Running.bin", 10, 1), "PHASE_TYPE_RUNNING");
    emu.drive().setTrashed(emu.addFile("", "Trashed.bin", 10, 2), true);
    emu.drive().setStarred(emu.drive().find("/Videos").orElseThrow(), true);
    TestClient c = new TestClient(emu).login();
    List<Map<String, Object>> got = files(c.drive("drive/v1/files?parent_id=&filters=" + TestClient.enc(filters)));
    assertThat(got).extracting(f -> f.get("name")).containsExactly((Object[]) expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"phase\":{\"in\":[\"PHASE_TYPE_RUNNING\"]}}",
        "{\"trashed\":{\"eq\":\"false\"}}",
        "{\"trashed\":{\"ne\":false}}",
        "{\"trashed\":false}",
        "not json",
      })
  void badFiltersAreInvalidArgument(String filters, PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    TestClient.Response r = c.drive("drive/v1/files?filters=" + TestClient.enc(filters));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.get("error")).isEqualTo("invalid_argument");
  }

  @Test
  void unknownParentOrFileIsNotFound(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    TestClient.Response list = c.drive("drive/v1/files?parent_id=VNnope");
    assertThat(list.status()).isEqualTo(404);
    assertThat(list.get("error")).isEqualTo("not_found");
    TestClient.Response get = c.drive("drive/v1/files/VNnope?usage=FETCH&_magic=2021");
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.get("error_code")).isEqualTo(5.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void getFileCarriesSizeHashLinksAndMedias(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String id = emu.drive().find("/Videos/sample-video.mp4").orElseThrow();
    Map<String, Object> f = c.drive("drive/v1/files/" + id + "?usage=FETCH&_magic=2021&thumbnail_size=SIZE_LARGE").json();
    long size = emu.content(id).size();
    assertThat(f).containsEntry("id", id).containsEntry("kind", "drive#file").containsEntry("size", Long.toString(size));
    assertThat(f.get("hash")).isEqualTo(Gcid.of(emu.content(id))).asString().hasSize(40);
    String web = (String) f.get("web_content_link");
    assertThat(web).startsWith(emu.cdnBaseUrl() + "download/").contains("fid=" + id).contains("expire=").contains("sig=");
    Map<String, Object> octet = (Map<String, Object>) ((Map<String, Object>) f.get("links")).get("application/octet-stream");
    assertThat((String) octet.get("url")).contains("fid=" + id);
    assertThat((String) octet.get("expire")).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00");
    List<Map<String, Object>> medias = (List<Map<String, Object>>) f.get("medias");
    assertThat(medias).hasSize(2);
    assertThat(medias).extracting(m -> m.get("resolution_name")).containsExactly("720P", "1080P");
    assertThat(medias).extracting(m -> m.get("is_origin")).containsExactly(false, true);
    String transcodeUrl = (String) ((Map<String, Object>) medias.get(0).get("link")).get("url");
    assertThat(transcodeUrl).doesNotContain("fid=" + id + "&");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aboutReportsIntStringQuotas(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    Map<String, Object> quota = (Map<String, Object>) c.drive("drive/v1/about").get("quota");
    assertThat(quota.get("limit")).asString().matches("\\d+");
    assertThat(quota.get("usage")).asString().matches("[1-9]\\d*");
    assertThat(quota.get("usage_in_trash")).isEqualTo("0");
    assertThat(quota.get("is_unlimited")).isEqualTo(false);
  }

  @Test
  void treeApiAddsFilesWithUniqueNames(PikPakEmulator emu) {
    String dir = emu.addFolder(emu.root(), "Tests");
    String a = emu.addFile(dir, "a.bin", 1000, 5);
    String b = emu.addFile(dir, "a.bin", 1000, 5);
    assertThat(emu.drive().name(b)).isEqualTo("a(1).bin");
    assertThat(emu.fileBytes(a)).isEqualTo(emu.fileBytes(b)).hasSize(1000);
    assertThat(emu.drive().children(dir)).containsExactly(a, b);
  }
}
