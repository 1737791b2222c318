package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.BatchResponse;
import io.github.pikpak4j.api.model.BatchTask;
import io.github.pikpak4j.api.model.CreateFolderRequest;
import io.github.pikpak4j.api.model.CreateFolderResponse;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.RenameRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/** The drive-operation calls (protocol §5.6, §5.8), asserted on the wire. */
class DriveOperationsWireTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private DriveApi drive;

  @BeforeEach
  void setUp() {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    drive = PikPakApis.create(server.url("/").toString(), server.url("/").toString(), client).driveApi();
  }

  private void json(String body) {
    server.enqueue(
        new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void createFolderPostsKindParentAndName() throws Exception {
    json("{\"upload_type\":\"UPLOAD_TYPE_UNKNOWN\",\"file\":{\"id\":\"VN1\",\"kind\":\"drive#folder\","
        + "\"name\":\"Docs(1)\",\"parent_id\":\"P\"},\"task\":null}");
    CreateFolderResponse r = ApiCalls.execute(drive.createFolder(CreateFolderRequest.of("P", "Docs")));
    assertThat(r.file().name()).isEqualTo("Docs(1)");
    assertThat(r.file().isFolder()).isTrue();
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files");
    assertThat(req.getBody().utf8()).isEqualTo("{\"kind\":\"drive#folder\",\"parent_id\":\"P\",\"name\":\"Docs\"}");
  }

  @Test
  void renamePatchesTheFileWithItsNewName() throws Exception {
    json("{\"id\":\"VN1\",\"kind\":\"drive#file\",\"name\":\"new.txt\"}");
    DriveFile f = ApiCalls.execute(drive.rename("VN1", new RenameRequest("new.txt")));
    assertThat(f.name()).isEqualTo("new.txt");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("PATCH");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files/VN1");
    assertThat(req.getBody().utf8()).isEqualTo("{\"name\":\"new.txt\"}");
  }

  static Stream<Arguments> batchCalls() {
    return Stream.of(
        Arguments.of("/drive/v1/files:batchMove", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.batchMove(BatchRequest.to(List.of("a", "b"), "D")), true),
        Arguments.of("/drive/v1/files:batchCopy", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.batchCopy(BatchRequest.to(List.of("a", "b"), "D")), true),
        Arguments.of("/drive/v1/files:batchTrash", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.batchTrash(BatchRequest.of(List.of("a", "b"))), false),
        Arguments.of("/drive/v1/files:batchUntrash", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.batchUntrash(BatchRequest.of(List.of("a", "b"))), false),
        Arguments.of("/drive/v1/files:batchDelete", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.batchDelete(BatchRequest.of(List.of("a", "b"))), false),
        Arguments.of("/drive/v1/files:star", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.star(BatchRequest.of(List.of("a", "b"))), false),
        Arguments.of("/drive/v1/files:unstar", (Function<DriveApi, Call<BatchResponse>>)
            d -> d.unstar(BatchRequest.of(List.of("a", "b"))), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("batchCalls")
  void batchCallsPostIdsAndTargetAndReadTheTaskId(
      String path, Function<DriveApi, Call<BatchResponse>> call, boolean withTarget) throws Exception {
    json("{\"task_id\":\"T1\"}");
    BatchResponse r = ApiCalls.execute(call.apply(drive));
    assertThat(r.taskId()).isEqualTo("T1");
    assertThat(r.hasTask()).isTrue();
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo(path);
    assertThat(req.getBody().utf8())
        .isEqualTo(withTarget
            ? "{\"ids\":[\"a\",\"b\"],\"to\":{\"parent_id\":\"D\"}}"
            : "{\"ids\":[\"a\",\"b\"]}");
  }

  @Test
  void batchAnswerWithoutTaskIdMeansDone() {
    json("{}");
    assertThat(ApiCalls.execute(drive.batchTrash(BatchRequest.of(List.of("a")))).hasTask()).isFalse();
  }

  @Test
  void emptyTrashPatchesWithAnEmptyObject() throws Exception {
    json("{\"task_id\":\"T2\"}");
    assertThat(ApiCalls.execute(drive.emptyTrash(Map.of())).taskId()).isEqualTo("T2");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("PATCH");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files/trash:empty");
    assertThat(req.getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void getTaskReadsPhaseProgressAndMessage() throws Exception {
    json("{\"kind\":\"drive#task\",\"id\":\"T1\",\"phase\":\"PHASE_TYPE_ERROR\",\"progress\":40,"
        + "\"message\":\"file not found\",\"type\":\"copy\"}");
    BatchTask t = ApiCalls.execute(drive.getTask("T1"));
    assertThat(t.phase()).isEqualTo(BatchTask.PHASE_ERROR);
    assertThat(t.progress()).isEqualTo(40);
    assertThat(t.message()).isEqualTo("file not found");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/tasks/T1");
  }
}
