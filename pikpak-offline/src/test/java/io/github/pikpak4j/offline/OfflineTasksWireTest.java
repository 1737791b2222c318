package io.github.pikpak4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.QuotaExceededException;
import io.github.pikpak4j.api.TaskApi;
import io.github.pikpak4j.api.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What each task call sends and how its answer is read, asserted on the wire. */
class OfflineTasksWireTest {
  private static final String MAGNET = "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=A+Movie";

  @StartStop final MockWebServer server = new MockWebServer();

  private OfflineTasks offline;

  @BeforeEach
  void setUp() {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    String base = server.url("/").toString();
    TaskApi api = PikPakApis.retrofit(base, client).create(TaskApi.class);
    DriveApi drive = PikPakApis.create(base, base, client).driveApi();
    FakeScheduler scheduler = new FakeScheduler(Instant.parse("2025-04-01T00:00:00Z"));
    offline = OfflineTasks.create(api, drive, new SyncExecutor(), scheduler, scheduler.clock()).withPageSize(2);
  }

  private void json(int code, String body) {
    server.enqueue(
        new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void addSendsUrlUploadToDefaultFolderAndReportsQueued() throws Exception {
    json(200, "{\"upload_type\":\"UPLOAD_TYPE_URL\",\"url\":{\"kind\":\"upload#url\"},\"file\":null,\"task\":"
        + TaskJson.task("T1", "RUNNING", 0) + "}");

    AddResult r = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(r.status()).isEqualTo(AddResult.Status.QUEUED);
    assertThat(r.task().id()).isEqualTo("T1");
    assertThat(r.task().phase()).isEqualTo(TaskPhase.RUNNING);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files");
    assertThat(req.getBody().utf8()).isEqualTo(
        "{\"kind\":\"drive#file\",\"upload_type\":\"UPLOAD_TYPE_URL\",\"url\":{\"url\":\"" + MAGNET + "\"},"
            + "\"name\":\"\",\"folder_type\":\"DOWNLOAD\"}");
  }

  @Test
  void addWithNameAndFolderSendsParentAndEmptyFolderType() throws Exception {
    json(200, "{\"task\":" + TaskJson.task("T2", "PENDING", 0) + "}");

    offline.add("  https://example.com/a.iso ", AddOptions.builder().name("b.iso").folderId("VNdir").build());

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(
        "{\"kind\":\"drive#file\",\"upload_type\":\"UPLOAD_TYPE_URL\",\"url\":{\"url\":\"https://example.com/a.iso\"},"
            + "\"name\":\"b.iso\",\"parent_id\":\"VNdir\",\"folder_type\":\"\"}");
  }

  @Test
  void addOfKnownContentIsAlreadyComplete() {
    json(200, "{\"task\":" + TaskJson.task("T3", "COMPLETE", 100) + ",\"file\":" + TaskJson.file("VNfileT3") + "}");

    AddResult r = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(r.status()).isEqualTo(AddResult.Status.ALREADY_COMPLETE);
    assertThat(r.task().fileId()).isEqualTo("VNfileT3");
  }

  @Test
  void addAnsweredWithOnlyAFileIsAlreadyComplete() {
    json(200, "{\"task\":null,\"file\":" + TaskJson.file("VNx") + "}");

    AddResult r = offline.add(OfflineUrl.parse(MAGNET));

    assertThat(r.isComplete()).isTrue();
    assertThat(r.task().fileId()).isEqualTo("VNx");
    assertThat(r.task().fileSize()).isEqualTo(4096);
  }

  @ParameterizedTest
  @ValueSource(strings = {"magnet:?xt=urn:btih:123", "ed2k://|file|a.bin|x|0123|/", "ftp://example.com/a", "not a url"})
  void malformedLinksFailBeforeAnyRequest(String link) {
    assertThatThrownBy(() -> offline.add(link, AddOptions.defaults())).isInstanceOf(InvalidInputException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "task_daily_create_limit, 11, io.github.pikpak4j.offline.DailyTaskLimitException, false",
    "task_daily_create_limit_vip, 11, io.github.pikpak4j.offline.DailyTaskLimitException, true",
    "file_space_not_enough, 8, io.github.pikpak4j.offline.StorageFullException, false"
  })
  void limitErrorsAreTyped(String error, int code, Class<?> type, boolean vip) {
    json(400, "{\"error\":\"" + error + "\",\"error_code\":" + code + ",\"error_description\":\"limit\"}");

    assertThatThrownBy(() -> offline.add(OfflineUrl.parse(MAGNET)))
        .isInstanceOf(type)
        .isInstanceOf(QuotaExceededException.class)
        .satisfies(e -> {
          assertThat(((QuotaExceededException) e).error()).isEqualTo(error);
          if (e instanceof DailyTaskLimitException d) {
            assertThat(d.vip()).isEqualTo(vip);
          }
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listSendsCommaJoinedPhaseFilterAndFollowsPages() throws Exception {
    json(200, "{\"tasks\":[" + TaskJson.task("A", "RUNNING", 5) + "," + TaskJson.task("B", "ERROR", 0) + "],"
        + "\"next_page_token\":\"p2\",\"expires_in\":60}");
    json(200, "{\"tasks\":[" + TaskJson.task("C", "RUNNING", 50) + "],\"next_page_token\":\"\"}");

    List<String> ids = new ArrayList<>();
    offline.listAll(EnumSet.of(TaskPhase.ERROR, TaskPhase.RUNNING)).forEach(t -> ids.add(t.id()));

    assertThat(ids).containsExactly("A", "B", "C");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/drive/v1/tasks");
    assertThat(first.getUrl().queryParameter("type")).isEqualTo("offline");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(first.getUrl().queryParameter("page_token")).isEmpty();
    assertThat(first.getUrl().queryParameter("filters"))
        .isEqualTo("{\"phase\":{\"in\":\"PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR\"}}");
    assertThat(first.getUrl().queryParameter("with")).isEqualTo("reference_resource");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().queryParameter("page_token")).isEqualTo("p2");
    assertThat(second.getUrl().queryParameter("filters")).isEqualTo(first.getUrl().queryParameter("filters"));
  }

  @Test
  void listWithoutPhasesAsksForAllFour() throws Exception {
    json(200, "{\"tasks\":[],\"next_page_token\":\"\"}");

    Page<OfflineTask> page = offline.list(Set.of());

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
    assertThat(server.takeRequest().getUrl().queryParameter("filters")).isEqualTo(
        "{\"phase\":{\"in\":\"PHASE_TYPE_PENDING,PHASE_TYPE_RUNNING,PHASE_TYPE_COMPLETE,PHASE_TYPE_ERROR\"}}");
  }

  @Test
  void getReadsEveryTypedField() throws Exception {
    json(200, TaskJson.task("T9", "ERROR", 42, "Resource not found", "VNf"));

    OfflineTask t = offline.get("T9");

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/drive/v1/tasks/T9");
    assertThat(t.phase()).isEqualTo(TaskPhase.ERROR);
    assertThat(t.progress()).isEqualTo(42);
    assertThat(t.fileId()).isEqualTo("VNf");
    assertThat(t.fileName()).isEqualTo("ubuntu.iso");
    assertThat(t.fileSize()).isEqualTo(4096L);
    assertThat(t.message()).isEqualTo("Resource not found");
    assertThat(t.url()).isEqualTo("https://example.com/ubuntu.iso");
    assertThat(t.createdTime()).isEqualTo(Instant.parse("2025-04-01T02:00:00Z"));
    assertThat(t.updatedTime()).isEqualTo(Instant.parse("2025-04-01T02:00:05Z"));
  }

  @Test
  void getOfUnknownTaskIsNotFound() {
    json(404, "{\"error\":\"not_found\",\"error_code\":5,\"error_description\":\"task not found\"}");

    assertThatThrownBy(() -> offline.get("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("offline task nope not found")
        .hasMessageEndingWith("[not_found 5]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "a/b", "a?b"})
  void badTaskIdsFailBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> offline.get(id)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> offline.retry(id)).isInstanceOf(InvalidInputException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void retryPostsToSingularTaskEndpoint() throws Exception {
    json(200, "{\"task\":" + TaskJson.task("T5", "PENDING", 0) + "}");

    OfflineTask t = offline.retry("T5");

    assertThat(t.phase()).isEqualTo(TaskPhase.PENDING);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/task");
    assertThat(req.getBody().utf8()).isEqualTo("{\"type\":\"offline\",\"create_type\":\"RETRY\",\"id\":\"T5\"}");
  }

  @Test
  void retryWithoutTaskInTheAnswerGetsTheTask() throws Exception {
    json(200, "{}");
    json(200, TaskJson.task("T6", "RUNNING", 1));

    assertThat(offline.retry("T6").phase()).isEqualTo(TaskPhase.RUNNING);
    server.takeRequest();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/drive/v1/tasks/T6");
  }

  @Test
  void deleteSendsCommaJoinedIdsAndTheFilesFlag() throws Exception {
    json(200, "{\"tasks\":[{\"id\":\"A\"},{\"id\":\"B\"},{\"id\":\"C\"}],\"next_page_token\":\"\"}");
    json(200, "{}");
    json(200, "{\"tasks\":[{\"id\":\"C\"}],\"next_page_token\":\"\"}");

    io.github.pikpak4j.api.IdsOutcome outcome = offline.delete(List.of("A", "B", "X"), true);

    assertThat(server.takeRequest().getUrl().encodedPath()).as("listed before").isEqualTo("/drive/v1/tasks");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("DELETE");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/tasks");
    assertThat(req.getUrl().queryParameter("task_ids")).isEqualTo("A,B");
    assertThat(req.getUrl().queryParameter("delete_files")).isEqualTo("true");
    assertThat(outcome.done()).containsExactly("A", "B");
    assertThat(outcome.notDone()).as("unknown: not sent, not done").containsExactly("X");
  }

  @Test
  void deleteOfNothingFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> offline.delete(List.of(), false)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> offline.delete(List.of("a,b"), false)).isInstanceOf(InvalidInputException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
