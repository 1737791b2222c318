package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulated drive operations, called with their real paths and body shapes (protocol §5.6, §5.8). */
class FileOperationsTest {
  private PikPakEmulator emu;
  private EmulatedDrive drive;
  private TestClient c;
  private String docs;
  private String notes;

  @BeforeEach
  void start() {
    emu = PikPakEmulator.builder()
        .demoTree(false)
        .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
        .start();
    drive = emu.drive();
    docs = drive.addFolder("", "Docs");
    notes = drive.addFile(docs, "notes.txt", 10, 1);
    c = new TestClient(emu).login();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private TestClient.Response call(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emu.driveBaseUrl() + path.substring(1)))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    c.apiHeaders().forEach(b::header);
    return c.send(b.build());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> task(String id) {
    TestClient.Response r = call("GET", "/drive/v1/tasks/" + id, "");
    TestClient.check(r);
    return r.json();
  }

  private String taskId(TestClient.Response r) {
    TestClient.check(r);
    return (String) r.get("task_id");
  }

  @Test
  void createFolderAnswersTheFileAndSuffixesATakenName() {
    TestClient.Response first =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":\"New\"}");
    TestClient.check(first);
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) first.get("file");
    assertThat(file.get("name")).isEqualTo("New");
    assertThat(file.get("kind")).isEqualTo("drive#folder");
    TestClient.Response again =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":\"New\"}");
    @SuppressWarnings("unchecked")
    Map<String, Object> second = (Map<String, Object>) again.get("file");
    assertThat(second.get("name")).isEqualTo("New(1)");
    assertThat(drive.find("/New(1)")).contains((String) second.get("id"));
  }

  @Test
  void applyThenRespondCreatesTheFolderAndAnswersTheFault() {
    emu.faults().applyThenRespond("POST /drive/v1/files", 1, 503, "{\"error\":\"unavailable\"}")
        .whenBodyContains("drive#folder");
    TestClient.Response r =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":\"New\"}");
    assertThat(r.status()).isEqualTo(503);
    assertThat(drive.find("/New")).as("applied before the fault answered").isPresent();
    assertThat(emu.faults().pending()).isZero();
  }

  @Test
  void applyThenDropCreatesTheFolderAndResetsTheConnection() {
    emu.faults().applyThenDrop("POST /drive/v1/files", 1);
    assertThatThrownBy(
            () -> call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":\"New\"}"))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(drive.find("/New")).isPresent();
  }

  @Test
  void aRuleNarrowedToABodyLeavesOtherRequestsAlone() {
    emu.faults().respond("POST /drive/v1/files", 1, 503, "{}").whenBodyContains("UPLOAD_TYPE_URL");
    TestClient.Response folder =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":\"New\"}");
    assertThat(folder.status()).isEqualTo(200);
    assertThat(emu.faults().pending()).as("the folder did not count").isOne();
  }

  @Test
  void aBatchSkippingAnIdAcknowledgesItAndLeavesItAlone() {
    String other = drive.addFile(docs, "other.txt", 5, 2);
    emu.driveFaults().skipInBatch(notes);
    String id = taskId(call("POST", "/drive/v1/files:batchTrash", "{\"ids\":[\"" + notes + "\",\"" + other + "\"]}"));
    assertThat(task(id).get("phase")).isEqualTo("PHASE_TYPE_COMPLETE");
    assertThat(drive.isTrashed(notes)).as("skipped, left as it was").isFalse();
    assertThat(drive.isTrashed(other)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"a/b\"", "\"..\"", "null", "42"})
  void invalidNamesAreRejected(String name) {
    TestClient.Response r =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":\"\",\"name\":" + name + "}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.get("error")).isEqualTo("invalid_argument");
    assertThat(drive.children("")).containsExactly(docs);
  }

  @Test
  void uploadBodiesOnTheSharedPathAreNotClaimed() {
    TestClient.Response r = call("POST", "/drive/v1/files",
        "{\"kind\":\"drive#file\",\"upload_type\":\"UPLOAD_TYPE_RESUMABLE\",\"name\":\"x\"}");
    assertThat(r.body()).doesNotContain("drive#folder");
  }

  @Test
  void renamePatchesTheNameAndRefusesATakenOne() {
    TestClient.Response r = call("PATCH", "/drive/v1/files/" + notes, "{\"name\":\"todo.txt\"}");
    TestClient.check(r);
    assertThat(r.get("name")).isEqualTo("todo.txt");
    drive.addFile(docs, "taken.txt", 1, 2);
    TestClient.Response dup = call("PATCH", "/drive/v1/files/" + notes, "{\"name\":\"taken.txt\"}");
    assertThat(dup.get("error")).isEqualTo("file_duplicated_name");
    assertThat(drive.name(notes)).isEqualTo("todo.txt");
  }

  @Test
  void moveAndCopyAnswerTasksAndCopySuffixesCollisions() {
    String target = drive.addFolder("", "Target");
    drive.addFile(target, "notes.txt", 3, 3);
    String copyTask = taskId(call("POST", "/drive/v1/files:batchCopy",
        "{\"ids\":[\"" + notes + "\"],\"to\":{\"parent_id\":\"" + target + "\"}}"));
    assertThat(task(copyTask)).containsEntry("phase", "PHASE_TYPE_COMPLETE").containsEntry("progress", 100.0);
    assertThat(drive.find("/Target/notes(1).txt")).isPresent();
    assertThat(drive.find("/Docs/notes.txt")).contains(notes);

    String moveTask = taskId(call("POST", "/drive/v1/files:batchMove",
        "{\"ids\":[\"" + docs + "\"],\"to\":{\"parent_id\":\"" + target + "\"}}"));
    assertThat(task(moveTask)).containsEntry("phase", "PHASE_TYPE_COMPLETE");
    assertThat(drive.find("/Target/Docs/notes.txt")).contains(notes);
  }

  @Test
  void aNullParentCreatesAtTheRootAndIsRecorded() {
    TestClient.Response r =
        call("POST", "/drive/v1/files", "{\"kind\":\"drive#folder\",\"parent_id\":null,\"name\":\"Top\"}");
    TestClient.check(r);
    assertThat(drive.find("/Top")).isPresent();
    assertThat(emu.deviations()).extracting(Deviation::rule).containsExactly(Deviation.RULE_NULL_PARENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"batchMove", "batchCopy"})
  void anEmptyToMeansTheRootAndIsRecorded(String action) {
    String t = taskId(call("POST", "/drive/v1/files:" + action, "{\"ids\":[\"" + notes + "\"],\"to\":{}}"));
    assertThat(task(t)).containsEntry("phase", "PHASE_TYPE_COMPLETE");
    assertThat(drive.find("/notes.txt")).isPresent();
    assertThat(drive.find("/Docs/notes.txt").isPresent()).isEqualTo(action.equals("batchCopy"));
    assertThat(emu.deviations()).extracting(Deviation::rule).containsExactly(Deviation.RULE_EMPTY_TO);
  }

  @Test
  void aToWithoutParentIdButOtherKeysIsStillRefused() {
    TestClient.Response r =
        call("POST", "/drive/v1/files:batchMove", "{\"ids\":[\"" + notes + "\"],\"to\":{\"x\":1}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(drive.find("/Docs/notes.txt")).contains(notes);
  }

  @Test
  void aFolderCannotGoIntoItselfAndNothingChanges() {
    String inner = drive.addFolder(docs, "Inner");
    for (String to : List.of(docs, inner)) {
      TestClient.Response r = call("POST", "/drive/v1/files:batchMove",
          "{\"ids\":[\"" + notes + "\",\"" + docs + "\"],\"to\":{\"parent_id\":\"" + to + "\"}}");
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.get("error")).isEqualTo("invalid_argument");
    }
    assertThat(drive.find("/Docs/notes.txt")).contains(notes);
    assertThat(drive.find("/Docs/Inner")).contains(inner);
  }

  @Test
  void trashUntrashDeleteAndEmptyTrash() {
    String other = drive.addFile("", "other.bin", 5, 5);
    taskId(call("POST", "/drive/v1/files:batchTrash", "{\"ids\":[\"" + notes + "\",\"" + other + "\"]}"));
    TestClient.Response trash = c.drive("drive/v1/files?parent_id=&filters="
        + TestClient.enc("{\"trashed\":{\"eq\":true}}"));
    assertThat(DriveTest.files(trash)).extracting(f -> f.get("id")).containsExactlyInAnyOrder(notes, other);
    taskId(call("POST", "/drive/v1/files:batchUntrash", "{\"ids\":[\"" + notes + "\"]}"));
    assertThat(drive.trashedIds()).containsExactly(other);
    String emptied = taskId(call("PATCH", "/drive/v1/files/trash:empty", "{}"));
    assertThat(task(emptied)).containsEntry("phase", "PHASE_TYPE_COMPLETE");
    assertThat(drive.node(other)).isNull();
    taskId(call("POST", "/drive/v1/files:batchDelete", "{\"ids\":[\"" + docs + "\"]}"));
    assertThat(drive.node(docs)).isNull();
    assertThat(drive.node(notes)).isNull();
    assertThat(call("POST", "/drive/v1/files:batchDelete", "{\"ids\":[\"" + docs + "\"]}").status())
        .isEqualTo(404);
  }

  @Test
  void starAndUnstar() {
    TestClient.check(call("POST", "/drive/v1/files:star", "{\"ids\":[\"" + notes + "\"]}"));
    TestClient.Response starred = c.drive("drive/v1/files?parent_id=*&filters="
        + TestClient.enc("{\"system_tag\":{\"in\":\"STAR\"}}"));
    assertThat(DriveTest.files(starred)).extracting(f -> f.get("id")).containsExactly(notes);
    TestClient.check(call("POST", "/drive/v1/files:unstar", "{\"ids\":[\"" + notes + "\"]}"));
    assertThat(DriveTest.files(c.drive("drive/v1/files?parent_id=*&filters="
        + TestClient.enc("{\"system_tag\":{\"in\":\"STAR\"}}")))).isEmpty();
  }

  @Test
  void tasksRunForTheConfiguredDelayOnTheEmulatorClock() {
    emu.batchTasks().delay(Duration.ofSeconds(2));
    String id = taskId(call("POST", "/drive/v1/files:batchTrash", "{\"ids\":[\"" + notes + "\"]}"));
    assertThat(task(id)).containsEntry("phase", "PHASE_TYPE_RUNNING");
    emu.advance(Duration.ofMillis(1999));
    assertThat(task(id)).containsEntry("phase", "PHASE_TYPE_RUNNING");
    emu.advance(Duration.ofMillis(1));
    assertThat(task(id)).containsEntry("phase", "PHASE_TYPE_COMPLETE");
  }

  @Test
  void aScriptedFailureChangesNothingAndItsTaskFails() {
    emu.batchTasks().failNext("file is locked");
    String id = taskId(call("POST", "/drive/v1/files:batchTrash", "{\"ids\":[\"" + notes + "\"]}"));
    assertThat(task(id)).containsEntry("phase", "PHASE_TYPE_ERROR").containsEntry("message", "file is locked");
    assertThat(drive.trashedIds()).isEmpty();
  }

  @Test
  void withoutTaskIdTheAnswerIsEmptyAndUnknownTasksAreNotFound() {
    emu.batchTasks().withoutTaskId(true);
    TestClient.Response r = call("POST", "/drive/v1/files:batchTrash", "{\"ids\":[\"" + notes + "\"]}");
    TestClient.check(r);
    assertThat(r.json()).isEmpty();
    assertThat(call("GET", "/drive/v1/tasks/VTunknown", "").status()).isEqualTo(404);
  }
}
