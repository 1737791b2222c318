package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.api.model.About;
import io.github.pikpak4j.api.model.CaptchaInitRequest;
import io.github.pikpak4j.api.model.CaptchaInitResponse;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.RefreshTokenRequest;
import io.github.pikpak4j.api.model.SignInRequest;
import io.github.pikpak4j.api.model.TokenResponse;
import io.github.pikpak4j.api.model.UserInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each Retrofit call actually sends, asserted on the wire. */
class WireTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private UserApi user;
  private DriveApi drive;

  @BeforeEach
  void setUp() {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    PikPakApis apis =
        PikPakApis.create(server.url("/").toString(), server.url("/").toString(), client);
    user = apis.userApi();
    drive = apis.driveApi();
  }

  private void json(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  @Test
  void captchaInitPostsJsonWithClientIdQuery() throws Exception {
    json("{\"captcha_token\":\"ck0.abc\",\"expires_in\":300,\"url\":\"\"}");
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("username", "user@example.com");
    CaptchaInitResponse r =
        ApiCalls.execute(
            user.captchaInit(
                "YUMx5nI8ZU8Ap8pm",
                new CaptchaInitRequest(
                    "POST:/v1/auth/signin", "", "YUMx5nI8ZU8Ap8pm",
                    "bad0aceb2eb68a01b65b4156e2fd48e2", meta, "xlaccsdk01://xbase.cloud/callback?state=harbor")));

    assertThat(r.captchaToken()).isEqualTo("ck0.abc");
    assertThat(r.expiresIn()).isEqualTo(300);
    assertThat(r.needsVerification()).isFalse();
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/shield/captcha/init");
    assertThat(req.getUrl().queryParameter("client_id")).isEqualTo("YUMx5nI8ZU8Ap8pm");
    assertThat(req.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(req.getBody().utf8())
        .isEqualTo(
            "{\"action\":\"POST:/v1/auth/signin\",\"captcha_token\":\"\","
                + "\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\","
                + "\"meta\":{\"username\":\"user@example.com\"},"
                + "\"redirect_uri\":\"xlaccsdk01://xbase.cloud/callback?state=harbor\"}");
  }

  @Test
  void signInPostsCredentialsAndOmitsNullSecret() throws Exception {
    json(
        "{\"token_type\":\"Bearer\",\"access_token\":\"at\",\"refresh_token\":\"rt\","
            + "\"expires_in\":7200,\"sub\":\"u1\"}");
    TokenResponse t =
        ApiCalls.execute(
            user.signIn("cid", new SignInRequest("ck0.x", "cid", null, "me@example.com", "pw")));

    assertThat(t.accessToken()).isEqualTo("at");
    assertThat(t.refreshToken()).isEqualTo("rt");
    assertThat(t.expiresIn()).isEqualTo(7200);
    assertThat(t.sub()).isEqualTo("u1");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/auth/signin");
    assertThat(req.getUrl().queryParameter("client_id")).isEqualTo("cid");
    assertThat(req.getBody().utf8())
        .isEqualTo(
            "{\"captcha_token\":\"ck0.x\",\"client_id\":\"cid\","
                + "\"username\":\"me@example.com\",\"password\":\"pw\"}");
  }

  @Test
  void refreshTokenPostsJsonGrant() throws Exception {
    json("{\"access_token\":\"at2\",\"refresh_token\":\"rt2\",\"expires_in\":\"7200\"}");
    TokenResponse t =
        ApiCalls.execute(user.refreshToken("cid", RefreshTokenRequest.of("cid", "sec", "rt1")));

    assertThat(t.refreshToken()).isEqualTo("rt2");
    assertThat(t.expiresIn()).isEqualTo(7200);
    assertThat(t.tokenType()).isEmpty();
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/auth/token");
    assertThat(req.getUrl().queryParameter("client_id")).isEqualTo("cid");
    assertThat(req.getBody().utf8())
        .isEqualTo(
            "{\"client_id\":\"cid\",\"client_secret\":\"sec\",\"grant_type\":\"refresh_token\","
                + "\"refresh_token\":\"rt1\"}");
  }

  @Test
  void refreshTokenFormPostsUrlEncodedFields() throws Exception {
    json("{\"access_token\":\"at2\",\"refresh_token\":\"rt2\",\"expires_in\":7200}");
    ApiCalls.execute(user.refreshTokenForm("refresh_token", "r/t+1", "cid", null));

    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/auth/token");
    assertThat(req.getUrl().query()).isNull();
    assertThat(req.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(req.getBody().utf8())
        .isEqualTo("grant_type=refresh_token&refresh_token=r%2Ft%2B1&client_id=cid");
  }

  @Test
  void refreshTokenFormSendsSecretWhenGiven() throws Exception {
    json("{\"access_token\":\"a\",\"refresh_token\":\"r\"}");
    ApiCalls.execute(user.refreshTokenForm("refresh_token", "rt", "cid", "sec"));
    assertThat(take().getBody().utf8())
        .isEqualTo("grant_type=refresh_token&refresh_token=rt&client_id=cid&client_secret=sec");
  }

  @Test
  void meGetsUserInfo() throws Exception {
    json(
        "{\"sub\":\"u1\",\"name\":\"Ann\",\"email\":\"a@example.com\",\"phone_number\":\"\","
            + "\"password\":\"SET\",\"created_at\":\"2023-01-02T03:04:05.678+08:00\","
            + "\"providers\":[{\"id\":\"google.com\",\"provider_user_id\":\"g1\",\"name\":\"Google\"}]}");
    UserInfo me = ApiCalls.execute(user.me());

    assertThat(me.sub()).isEqualTo("u1");
    assertThat(me.hasPassword()).isTrue();
    assertThat(me.createdAt()).isEqualTo(Instant.parse("2023-01-01T19:04:05.678Z"));
    assertThat(me.providers()).hasSize(1);
    assertThat(me.providers().get(0).providerUserId()).isEqualTo("g1");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/user/me");
    assertThat(req.getBodySize()).isZero();
  }

  @Test
  void listFilesSendsEveryQueryParameter() throws Exception {
    json(
        "{\"kind\":\"drive#fileList\",\"next_page_token\":\"p2\",\"files\":["
            + "{\"id\":\"f1\",\"kind\":\"drive#file\",\"name\":\"a.mkv\",\"size\":\"1073741824\","
            + "\"hash\":\"ABC\",\"modified_time\":\"2024-05-01T10:00:00Z\","
            + "\"links\":{\"application/octet-stream\":{\"url\":\"https://dl/x\",\"token\":\"t\","
            + "\"expire\":\"2024-05-01T12:00:00.000+00:00\"}},"
            + "\"medias\":[{\"media_id\":\"m1\",\"media_name\":\"1080P\",\"resolution_name\":\"1080P\","
            + "\"is_origin\":true,\"is_default\":true,\"is_visible\":true,"
            + "\"video\":{\"height\":1080,\"width\":1920,\"duration\":\"60\"},"
            + "\"link\":{\"url\":\"https://dl/m\",\"expire\":\"2024-05-01T12:00:00Z\"}}]},"
            + "{\"id\":\"d1\",\"kind\":\"drive#folder\",\"name\":\"docs\",\"size\":\"0\"}]}");
    String filters = DriveApi.FILTER_COMPLETE_NOT_TRASHED;
    FileList list =
        ApiCalls.execute(drive.listFiles("", 100, "", filters, "SIZE_MEDIUM", true));

    assertThat(list.nextPageToken()).isEqualTo("p2");
    assertThat(list.files()).extracting(DriveFile::id).containsExactly("f1", "d1");
    DriveFile f = list.files().get(0);
    assertThat(f.size()).isEqualTo(1073741824L);
    assertThat(f.isFolder()).isFalse();
    assertThat(f.links().get(DriveFile.OCTET_STREAM).url()).isEqualTo("https://dl/x");
    assertThat(f.links().get(DriveFile.OCTET_STREAM).expire())
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(f.medias().get(0).isOrigin()).isTrue();
    assertThat(f.medias().get(0).video().duration()).isEqualTo(60);
    assertThat(list.files().get(1).isFolder()).isTrue();
    assertThat(list.files().get(1).medias()).isEmpty();
    assertThat(list.files().get(1).links()).isEmpty();

    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files");
    assertThat(req.getUrl().queryParameter("parent_id")).isEqualTo("");
    assertThat(req.getUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(req.getUrl().queryParameter("page_token")).isEqualTo("");
    assertThat(req.getUrl().queryParameter("filters")).isEqualTo(filters);
    assertThat(req.getUrl().queryParameter("thumbnail_size")).isEqualTo("SIZE_MEDIUM");
    assertThat(req.getUrl().queryParameter("with_audit")).isEqualTo("true");
  }

  @Test
  void listFilesOmitsNullOptionalParameters() throws Exception {
    json("{\"files\":[]}");
    FileList list = ApiCalls.execute(drive.listFiles("fold", 500, "p2", null, null, false));

    assertThat(list.files()).isEmpty();
    assertThat(list.isLastPage()).isTrue();
    RecordedRequest req = take();
    assertThat(req.getUrl().queryParameterNames())
        .containsExactlyInAnyOrder("parent_id", "limit", "page_token", "with_audit");
    assertThat(req.getUrl().queryParameter("with_audit")).isEqualTo("false");
  }

  @Test
  void getFileSendsIdUsageAndMagic() throws Exception {
    json(
        "{\"id\":\"f 1\",\"kind\":\"drive#file\",\"name\":\"a\",\"size\":12,"
            + "\"web_content_link\":\"https://dl/w\",\"trashed\":false,\"starred\":\"true\"}");
    DriveFile f =
        ApiCalls.execute(
            drive.getFile("f 1", DriveApi.USAGE_FETCH, DriveApi.MAGIC, "SIZE_LARGE"));

    assertThat(f.size()).isEqualTo(12);
    assertThat(f.starred()).isTrue();
    assertThat(f.webContentLink()).isEqualTo("https://dl/w");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/files/f%201");
    assertThat(req.getUrl().queryParameter("usage")).isEqualTo("FETCH");
    assertThat(req.getUrl().queryParameter("_magic")).isEqualTo("2021");
    assertThat(req.getUrl().queryParameter("thumbnail_size")).isEqualTo("SIZE_LARGE");
  }

  @Test
  void aboutReadsIntStringQuota() throws Exception {
    json(
        "{\"quota\":{\"kind\":\"drive#quota\",\"limit\":\"10995116277760\",\"usage\":\"12\","
            + "\"usage_in_trash\":\"0\",\"is_unlimited\":false},"
            + "\"expires_at\":\"\",\"user_type\":\"novip\"}");
    About about = ApiCalls.execute(drive.about());

    assertThat(about.quota().limit()).isEqualTo(10995116277760L);
    assertThat(about.quota().usage()).isEqualTo(12);
    assertThat(about.quota().isUnlimited()).isFalse();
    assertThat(about.expiresAt()).isNull();
    assertThat(about.userType()).isEqualTo("novip");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/drive/v1/about");
  }

  @Test
  void executeAsyncCompletesWithTheBody() throws Exception {
    json("{\"quota\":{\"limit\":\"5\"}}");
    About about = ApiCalls.executeAsync(drive.about()).get(5, TimeUnit.SECONDS);
    assertThat(about.quota().limit()).isEqualTo(5);
  }

  @Test
  void baseUrlWithPathPrefixIsHonoured() throws Exception {
    json("{\"quota\":{}}");
    PikPakApis apis =
        PikPakApis.create(
            server.url("/u").toString(), server.url("/d").toString(), new OkHttpClient());
    ApiCalls.execute(apis.driveApi().about());
    assertThat(take().getUrl().encodedPath()).isEqualTo("/d/drive/v1/about");
  }
}
