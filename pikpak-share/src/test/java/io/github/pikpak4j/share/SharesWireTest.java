package io.github.pikpak4j.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.AnonymousRequest;
import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.api.FileRestoreOwnException;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.ShareApi;
import io.github.pikpak4j.api.paging.Page;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares against a scripted server: what is sent, and how each answer is handled. */
class SharesWireTest {
  private static final String SHARE = "VNshare0001";

  @StartStop final MockWebServer server = new MockWebServer();

  private final AtomicBoolean hasAccount = new AtomicBoolean(true);
  private Shares shares;

  @BeforeEach
  void setUp() {
    // Stands in for the auth interceptor: shows on the wire whether a call was tagged anonymous.
    OkHttpClient client =
        new OkHttpClient.Builder()
            .callTimeout(5, TimeUnit.SECONDS)
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder()
                            .header(
                                "X-Test-Mode",
                                AnonymousRequest.isAnonymous(chain.request()) ? "anonymous" : "signed-in")
                            .build()))
            .build();
    ShareApi api = PikPakApis.retrofit(server.url("/").toString(), client).create(ShareApi.class);
    shares =
        Shares.create(
            api,
            PikPakApis.retrofit(server.url("/").toString(), client).create(io.github.pikpak4j.api.DriveApi.class),
            CallExecutor.direct(),
            hasAccount::get);
  }

  private void json(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private void status(String status, String text, String token) {
    json("{\"share_status\":\"" + status + "\",\"share_status_text\":\"" + text
        + "\",\"pass_code_token\":\"" + token + "\",\"files\":[],\"next_page_token\":\"\"}");
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "PASS_CODE_EMPTY, SharePassCodeException, 'the share needs a pass code'",
    "PASS_CODE_ERROR, SharePassCodeException, 'the pass code is wrong [PASS_CODE_ERROR]'",
    "DELETED, ShareGoneException, 'the share was deleted by its owner [DELETED]'",
    "EXPIRED, ShareGoneException, 'the share has expired [EXPIRED]'",
    "NOT_FOUND, ShareGoneException, 'the share does not exist [NOT_FOUND]'",
    "AUDITING, ShareBlockedException, 'the share is under review'",
    "SENSITIVE_RESOURCE, ShareBlockedException, 'blocked for sensitive content'",
    "SENSITIVE_WORD, ShareBlockedException, 'blocked for sensitive content'",
    "PROHIBITED, ShareBlockedException, 'the share is prohibited'",
    "SOMETHING_NEW, ShareBlockedException, 'cannot be read'",
  })
  void eachStatusMapsToItsException(String status, String type, String message) throws Exception {
    status(status, "", "");
    assertThatThrownBy(() -> shares.open(ShareLink.parse(SHARE).withPassCode("abcd")))
        .isInstanceOf(ShareUnavailableException.class)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type))
        .hasMessageContaining(message)
        .hasMessageNotContaining("abcd")
        .satisfies(
            e -> {
              ShareUnavailableException s = (ShareUnavailableException) e;
              assertThat(s.shareId()).isEqualTo(SHARE);
              assertThat(s.error()).isEqualTo(status);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void regionBlockInStatusTextIsItsOwnTypeWithAHint() {
    status("PROHIBITED", "Sorry, sharing is not available in the current region", "");
    assertThatThrownBy(() -> shares.open(SHARE))
        .isInstanceOf(ShareRegionBlockedException.class)
        .hasMessageContaining("Sorry, sharing is not available in the current region")
        .hasMessageContaining("proxy");
  }

  @Test
  void regionBlockInAnErrorEnvelopeIsRecognisedToo() {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"permission_denied\",\"error_code\":7,"
                + "\"error_description\":\"Sorry, sharing is not available in the current region\"}")
            .build());
    assertThatThrownBy(() -> shares.open(SHARE))
        .isInstanceOf(ShareRegionBlockedException.class)
        .hasMessageEndingWith("[permission_denied 7]");
  }

  @Test
  void wrongPassCodeEndsAfterOneRequest() throws Exception {
    status("PASS_CODE_ERROR", "", "");
    status("OK", "", "never-used");
    assertThatThrownBy(() -> shares.open(ShareLink.parse(SHARE).withPassCode("wrong")))
        .isInstanceOf(SharePassCodeException.class)
        .satisfies(e -> assertThat(((SharePassCodeException) e).isMissing()).isFalse());
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/drive/v1/share");
    assertThat(r.getUrl().queryParameter("share_id")).isEqualTo(SHARE);
    assertThat(r.getUrl().queryParameter("pass_code")).isEqualTo("wrong");
  }

  @Test
  void tokenIsCachedAndRenewedOnceWhenTheServerAsksAgain() throws Exception {
    status("OK", "", "tok-1");
    Share share = shares.open("https://mypikpak.com/s/" + SHARE + "?pwd=1234");
    shares.open("https://mypikpak.com/s/" + SHARE + "?pwd=1234"); // cached: no request
    assertThat(server.getRequestCount()).isEqualTo(1);
    take();

    status("PASS_CODE_EMPTY", "", ""); // tok-1 expired
    status("OK", "", "tok-2"); // renewal
    json("{\"share_status\":\"OK\",\"files\":[{\"id\":\"VNfile0001\",\"kind\":\"drive#file\","
        + "\"name\":\"a.txt\",\"size\":\"5\"}],\"next_page_token\":\"\"}");
    Page<ShareEntry> page = share.list("", "");
    assertThat(page.items()).extracting(ShareEntry::name).containsExactly("a.txt");
    assertThat(take().getUrl().queryParameter("pass_code_token")).isEqualTo("tok-1");
    RecordedRequest renew = take();
    assertThat(renew.getUrl().encodedPath()).isEqualTo("/drive/v1/share");
    assertThat(renew.getUrl().queryParameter("pass_code")).isEqualTo("1234");
    RecordedRequest replay = take();
    assertThat(replay.getUrl().encodedPath()).isEqualTo("/drive/v1/share/detail");
    assertThat(replay.getUrl().queryParameter("pass_code_token")).isEqualTo("tok-2");
    assertThat(replay.getUrl().queryParameter("filters")).contains("PHASE_TYPE_COMPLETE");
  }

  @Test
  void renewalHappensAtMostOncePerCall() throws Exception {
    status("OK", "", "tok-1");
    Share share = shares.open(ShareLink.parse(SHARE).withPassCode("1234"));
    status("PASS_CODE_ERROR", "", "");
    status("OK", "", "tok-2");
    status("PASS_CODE_ERROR", "", "");
    assertThatThrownBy(() -> share.list("", "")).isInstanceOf(SharePassCodeException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void missingPassCodeOnAReadSaysSo() {
    status("OK", "", "");
    Share share = shares.open(SHARE);
    status("PASS_CODE_EMPTY", "", "");
    assertThatThrownBy(() -> share.list("", ""))
        .isInstanceOf(SharePassCodeException.class)
        .satisfies(e -> assertThat(((SharePassCodeException) e).isMissing()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void readsAreAnonymousWithoutAnAccountAndSignedInWithOne() throws Exception {
    hasAccount.set(false);
    status("OK", "", "t");
    shares.open(SHARE);
    assertThat(take().getHeaders().get("X-Test-Mode")).isEqualTo("anonymous");
    hasAccount.set(true);
    status("OK", "", "t");
    shares.open("VNshare0002");
    assertThat(take().getHeaders().get("X-Test-Mode")).isEqualTo("signed-in");
    status("OK", "", "t");
    shares.readMode(ShareReadMode.ANONYMOUS).open("VNshare0003");
    assertThat(take().getHeaders().get("X-Test-Mode")).isEqualTo("anonymous");
  }

  @Test
  void saveSendsTargetFolderAndAncestors() throws Exception {
    status("OK", "", "tok");
    Share share = shares.open("https://mypikpak.com/s/" + SHARE + "/VNsub00001");
    take();
    // ancestors: top-level listing, then file_info of the sub-folder
    json("{\"share_status\":\"OK\",\"files\":[{\"id\":\"VNtop00001\",\"kind\":\"drive#folder\","
        + "\"name\":\"top\"}]}");
    json("{\"share_status\":\"OK\",\"file_info\":{\"id\":\"VNsub00001\",\"kind\":\"drive#folder\","
        + "\"name\":\"sub\",\"parent_id\":\"VNtop00001\"}}");
    json("{\"share_status\":\"OK\",\"restore_status\":\"RESTORE_START\",\"restore_task_id\":\"VTask1\"}");
    SaveResult r =
        share.save(SaveOptions.builder().fileIds("VNfile0001").targetFolder("VNmine0001").build());
    assertThat(r.taskId()).isEqualTo("VTask1");
    take();
    take();
    RecordedRequest restore = take();
    assertThat(restore.getMethod()).isEqualTo("POST");
    assertThat(restore.getUrl().encodedPath()).isEqualTo("/drive/v1/share/restore");
    assertThat(restore.getBody().utf8())
        .contains("\"share_id\":\"" + SHARE + "\"")
        .contains("\"pass_code_token\":\"tok\"")
        .contains("\"file_ids\":[\"VNfile0001\"]")
        .contains("\"ancestor_ids\":[\"VNtop00001\",\"VNsub00001\"]")
        .contains("\"parent_id\":\"VNmine0001\"")
        .contains("\"specify_parent_id\":true");
  }

  @Test
  void saveWithoutTargetOmitsParentFields() throws Exception {
    status("OK", "", "tok");
    Share share = shares.open(SHARE);
    take();
    json("{\"restore_task_id\":\"VTask2\"}");
    share.save(SaveOptions.builder().fileIds("VNfile0001").build());
    assertThat(take().getBody().utf8()).doesNotContain("parent_id").doesNotContain("specify");
  }

  @Test
  void savingOnesOwnShareIsItsOwnError() {
    status("OK", "", "tok");
    Share share = shares.open(SHARE);
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"file_restore_own\",\"error_code\":9,"
                + "\"error_description\":\"cannot restore your own share\"}")
            .build());
    assertThatThrownBy(() -> share.save(SaveOptions.builder().fileIds("VNfile0001").build()))
        .isInstanceOf(FileRestoreOwnException.class);
  }

  @Test
  void createListDelete() throws Exception {
    json("{\"share_id\":\"VNnew00001\",\"share_url\":\"https://mypikpak.com/s/VNnew00001\","
        + "\"pass_code\":\"k3y9\"}");
    CreatedShare c =
        shares.create(CreateShareOptions.builder("VNfile0001").passCode("k3y9").expiresInDays(7).build());
    assertThat(c.shareId()).isEqualTo("VNnew00001");
    assertThat(c.passCodeValue()).contains("k3y9");
    assertThat(c.toString()).doesNotContain("k3y9");
    assertThat(take().getBody().utf8())
        .contains("\"file_ids\":[\"VNfile0001\"]")
        .contains("\"share_to\":\"encryptedlink\"")
        .contains("\"pass_code_option\":\"REQUIRED\"")
        .contains("\"expiration_days\":7")
        .contains("\"custom_pass_code\":\"k3y9\"");

    json("{\"share_id\":\"VNnew00002\",\"share_url\":\"\",\"pass_code\":\"\"}");
    CreatedShare p = shares.create(CreateShareOptions.builder("VNfile0001").build());
    assertThat(p.passCodeValue()).isEmpty();
    assertThat(p.url()).isEqualTo("https://mypikpak.com/s/VNnew00002");
    assertThat(take().getBody().utf8())
        .contains("\"share_to\":\"publiclink\"")
        .contains("\"expiration_days\":-1")
        .doesNotContain("custom_pass_code");

    json("{\"data\":[{\"share_id\":\"VNnew00001\",\"share_status\":\"OK\",\"file_num\":\"1\","
        + "\"expiration_days\":\"7\",\"pass_code\":\"k3y9\"}],\"next_page_token\":\"\"}");
    List<MyShare> mine = shares.mine().stream().toList();
    assertThat(mine).singleElement().satisfies(m -> {
      assertThat(m.shareId()).isEqualTo("VNnew00001");
      assertThat(m.status()).isEqualTo(ShareStatus.OK);
      assertThat(m.fileCount()).isEqualTo(1);
    });
    assertThat(take().getUrl().encodedPath()).isEqualTo("/drive/v1/share/list");

    // The delete lists before and after: only listed shares are sent, and one gone afterwards is deleted.
    json("{\"data\":[{\"share_id\":\"VNnew00001\",\"share_status\":\"OK\"},"
        + "{\"share_id\":\"VNnew00002\",\"share_status\":\"OK\"}],\"next_page_token\":\"\"}");
    json("{}");
    json("{\"data\":[{\"share_id\":\"VNnew00002\",\"share_status\":\"OK\"}],\"next_page_token\":\"\"}");
    IdsOutcome outcome =
        shares.delete(List.of("VNnew00001", "https://mypikpak.com/s/VNnew00002", "VNunknown1"));
    assertThat(take().getUrl().encodedPath()).isEqualTo("/drive/v1/share/list");
    RecordedRequest del = take();
    assertThat(del.getUrl().encodedPath()).isEqualTo("/drive/v1/share:batchDelete");
    assertThat(del.getBody().utf8()).isEqualTo("{\"ids\":[\"VNnew00001\",\"VNnew00002\"]}");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/drive/v1/share/list");
    assertThat(outcome.done()).containsExactly("VNnew00001");
    assertThat(outcome.notDone()).containsExactly("VNnew00002", "VNunknown1");
  }

  @Test
  void badInputFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> shares.open("https://example.com/s/VNabc")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> shares.delete(List.of("not a share!"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> shares.delete(List.of())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CreateShareOptions.builder()).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CreateShareOptions.builder("x").passCode("a b")).isInstanceOf(InvalidInputException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unknownResolutionListsTheAvailableOnes() {
    status("OK", "", "tok");
    Share share = shares.open(SHARE);
    json(LinkChoiceTest.VIDEO_INFO);
    assertThatThrownBy(() -> share.link("VNvid00001", TranscodePolicy.resolution("4K")))
        .isInstanceOf(PikPakException.class)
        .hasMessageContaining("720P");
  }
}
