package io.github.pikpak4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code pikpak serve} over real HTTP against the emulator: WebDAV, browsers, redirect and proxy, writes. */
@Timeout(60)
class PikPakServerTest {
  private static final int SIZE = 2 * 1024 * 1024 + 333;
  private static final MediaType XML = MediaType.get("application/xml");

  private PikPakEmulator emulator;
  private PikPakClient client;
  private PikPakServer server;
  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false)
      .readTimeout(Duration.ofSeconds(30)).build();
  private String folder;
  private String fileId;
  private byte[] bytes;
  private String shareId;
  private String sharedFile;
  private io.github.pikpak4j.testkit.EmulatedDrive ownerDrive;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().linkTtl(Duration.ofMinutes(30)).start();
    client = PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .sleeper(d -> {})
        .connectionBudget(ConnectionBudget.defaults())
        .build();
    folder = emulator.addFolder(emulator.root(), "Films & <Docs>");
    fileId = emulator.addFile(folder, "big file.bin", SIZE, 11);
    bytes = emulator.fileBytes(fileId);
    String owner = emulator.addAccount("owner@pikpak4j.dev", "owner-password");
    ownerDrive = emulator.drive(owner);
    String show = ownerDrive.addFolder("", "Show");
    sharedFile = emulator.drive(owner).addFile(show, "e01.bin", 5000, 3);
    shareId = emulator.shares().create(owner, List.of(show), "1234");
  }

  private void serve(ServeMode mode, Mount... mounts) {
    PikPakServer.Builder b = PikPakServer.builder(client).address("127.0.0.1", 0).mode(mode);
    for (Mount m : mounts) {
      b.mount(m);
    }
    server = b.build();
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    client.close();
    emulator.close();
  }

  private String url(String path) {
    return server.url() + path.substring(1);
  }

  private Response call(String method, String path, RequestBody body, String... headers) throws IOException {
    Request.Builder b = new Request.Builder().url(url(path)).method(method, body);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.newCall(b.build()).execute();
  }

  private Response get(String path, String... headers) throws IOException {
    return call("GET", path, null, headers);
  }

  private String propfind(String path, String depth) throws IOException {
    try (Response r = call("PROPFIND", path, RequestBody.create("<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\">"
        + "<allprop/></propfind>", XML), "Depth", depth)) {
      assertThat(r.code()).isEqualTo(207);
      return r.body().string();
    }
  }

  private long getFileCalls(String id) {
    return emulator.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().equals("/drive/v1/files/" + id)).count();
  }

  private List<RecordedRequest> cdnGets() {
    return emulator.cdnRequests().stream().filter(r -> r.method().equals("GET")).toList();
  }

  @Test
  void propfindListsAFolderWithSizesAndResolvesNoLink() throws IOException {
    serve(ServeMode.REDIRECT);
    String xml = propfind("/Films%20%26%20%3CDocs%3E/", "1");
    assertThat(xml).contains("big%20file.bin").contains("<d:getcontentlength>" + SIZE + "</d:getcontentlength>");
    try (Response head = call("HEAD", "/Films%20%26%20%3CDocs%3E/big%20file.bin", null)) {
      assertThat(head.code()).isEqualTo(200);
      assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(SIZE));
    }
    assertThat(getFileCalls(fileId)).isZero();
    assertThat(cdnGets()).isEmpty();
    try (Response r = call("PROPFIND", "/", RequestBody.create("", XML), "Depth", "infinity")) {
      assertThat(r.code()).isEqualTo(403);
    }
  }

  @Test
  void redirectAnswers302ToTheLinkAndResolvesItOncePerLifetime() throws IOException {
    serve(ServeMode.REDIRECT);
    String location;
    try (Response r = get("/Films%20%26%20%3CDocs%3E/big%20file.bin")) {
      assertThat(r.code()).isEqualTo(302);
      location = r.header("Location");
    }
    try (Response r = get("/Films%20%26%20%3CDocs%3E/big%20file.bin")) {
      assertThat(r.header("Location")).isEqualTo(location);
    }
    assertThat(getFileCalls(fileId)).isEqualTo(1);
    try (Response cdn = http.newCall(new Request.Builder().url(location).build()).execute()) {
      assertThat(cdn.body().bytes()).isEqualTo(bytes);
    }
  }

  @Test
  void proxyStreamsTheWholeFileAndSingleRangesAnd416() throws IOException {
    serve(ServeMode.PROXY);
    String path = "/Films%20%26%20%3CDocs%3E/big%20file.bin";
    try (Response r = get(path)) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().bytes()).isEqualTo(bytes);
    }
    try (Response r = get(path, "Range", "bytes=1000000-1000999")) {
      assertThat(r.code()).isEqualTo(206);
      assertThat(r.header("Content-Range")).isEqualTo("bytes 1000000-1000999/" + SIZE);
      assertThat(r.body().bytes()).isEqualTo(Arrays.copyOfRange(bytes, 1_000_000, 1_001_000));
    }
    try (Response r = get(path, "Range", "bytes=-10")) {
      assertThat(r.code()).isEqualTo(206);
      assertThat(r.body().bytes()).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 10, SIZE));
    }
    try (Response r = get(path, "Range", "bytes=" + SIZE + "-")) {
      assertThat(r.code()).isEqualTo(416);
      assertThat(r.header("Content-Range")).isEqualTo("bytes */" + SIZE);
    }
    for (RecordedRequest g : cdnGets()) {
      assertThat(g.header("Authorization")).isNull();
    }
  }

  @Test
  void thirtyTwoProxyClientsOfOneFileNeverUseMoreThanEightCdnConnections() throws Exception {
    serve(ServeMode.PROXY);
    emulator.cdnFaults().bytesPerSecond(4L << 20);
    emulator.resetCdnPeaks();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(32);
    try {
      List<java.util.concurrent.Future<byte[]>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        reads.add(pool.submit(() -> {
          try (Response r = get("/Films%20%26%20%3CDocs%3E/big%20file.bin")) {
            return r.body().bytes();
          }
        }));
      }
      for (java.util.concurrent.Future<byte[]> f : reads) {
        assertThat(f.get()).isEqualTo(bytes);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.peakCdnConnectionsPerLink()).isBetween(1, ConnectionBudget.MAX_PER_LINK);
    assertThat(getFileCalls(fileId)).isEqualTo(1); // one link for all 32 readers
  }

  @Test
  void aProxyClientThatGoesAwayGivesItsCdnConnectionsBack() throws IOException {
    ConnectionBudget budget = ConnectionBudget.defaults();
    client.close();
    client = PikPakClient.builder().userEndpoint(emulator.userBaseUrl()).driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME).password(PikPakEmulator.DEMO_PASSWORD).inMemorySession()
        .sleeper(d -> {}).connectionBudget(budget).build();
    emulator.cdnFaults().bytesPerSecond(256 * 1024);
    serve(ServeMode.PROXY);
    try (Response r = get("/Films%20%26%20%3CDocs%3E/big%20file.bin")) {
      byte[] first = r.body().source().readByteArray(1000);
      assertThat(first).isEqualTo(Arrays.copyOf(bytes, 1000));
    }
    server.close(); // ends the servlet's stream if the disconnect was not noticed yet
    assertThat(budget.inUse()).isZero();
    server = null;
  }

  @Test
  void aPutLabelledAsAFormKeepsItsBodyAsTheFileContent() throws IOException {
    serve(ServeMode.PROXY);
    byte[] content = "a=1&b=2".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // what `curl -X PUT --data-binary @file` sends: the body labelled application/x-www-form-urlencoded
    RequestBody form = RequestBody.create(content, okhttp3.MediaType.get("application/x-www-form-urlencoded"));
    try (Response r = call("PUT", "/form.txt", form)) {
      assertThat(r.code()).isIn(201, 204);
    }
    assertThat(emulator.fileBytes(emulator.drive().find("/form.txt").orElseThrow())).isEqualTo(content);
  }

  @Test
  void writesPutMkcolMoveCopyDeleteLandInTheDrive() throws IOException {
    serve(ServeMode.PROXY);
    byte[] content = "hello, drive".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (Response r = call("MKCOL", "/new", null)) {
      assertThat(r.code()).isEqualTo(201);
    }
    String newFolder = emulator.drive().find("/new").orElseThrow();
    try (Response r = call("PUT", "/new/a.txt", RequestBody.create(content, null))) {
      assertThat(r.code()).isIn(201, 204);
    }
    String a = emulator.drive().find("/new/a.txt").orElseThrow();
    assertThat(emulator.fileBytes(a)).isEqualTo(content);
    try (Response r = get("/new/a.txt")) {
      assertThat(r.body().bytes()).isEqualTo(content);
    }
    try (Response r = call("COPY", "/new/a.txt", null, "Destination", url("/new/b.txt"))) {
      assertThat(r.code()).isIn(201, 204);
    }
    assertThat(emulator.drive().find("/new/b.txt")).isPresent();
    try (Response r = call("MOVE", "/new/a.txt", null, "Destination", url("/c.txt"))) {
      assertThat(r.code()).isIn(201, 204);
    }
    assertThat(emulator.drive().find("/c.txt")).contains(a);
    assertThat(emulator.drive().find("/new/a.txt")).isEmpty();
    try (Response r = call("DELETE", "/c.txt", null)) {
      assertThat(r.code()).isIn(200, 204);
    }
    List<String> trashed = new java.util.ArrayList<>();
    client.files().listTrash().forEach(e -> trashed.add(e.id()));
    assertThat(trashed).contains(a);
    assertThat(propfind("/new/", "1")).contains("b.txt").doesNotContain("a.txt");
    assertThat(newFolder).isNotEmpty();
  }

  @Test
  void deadPropertiesAreKeptAndAPropPatchAppliesItsInstructionsInDocumentOrder() throws IOException {
    serve(ServeMode.REDIRECT);
    String file = "/Films%20%26%20%3CDocs%3E/big%20file.bin";
    String patch = "<?xml version=\"1.0\"?><D:propertyupdate xmlns:D=\"DAV:\" xmlns:Z=\"urn:z\">"
        + "<D:set><D:prop><Z:color>red</Z:color><Z:gone>x</Z:gone></D:prop></D:set>"
        + "<D:remove><D:prop><Z:gone/></D:prop></D:remove>"
        + "<D:remove><D:prop><Z:back/></D:prop></D:remove>"
        + "<D:set><D:prop><Z:back>y</Z:back></D:prop></D:set></D:propertyupdate>";
    try (Response r = call("PROPPATCH", file, RequestBody.create(patch, XML))) {
      assertThat(r.code()).isEqualTo(207);
    }
    String xml;
    try (Response r = call("PROPFIND", file, RequestBody.create("<?xml version=\"1.0\"?><D:propfind xmlns:D=\"DAV:\""
        + " xmlns:Z=\"urn:z\"><D:prop><Z:color/><Z:gone/><Z:back/></D:prop></D:propfind>", XML), "Depth", "0")) {
      assertThat(r.code()).isEqualTo(207);
      xml = r.body().string();
    }
    assertThat(xml).containsPattern(">red<").containsPattern(">y<");
    assertThat(xml).containsPattern("(?s)<[a-z0-9]+:gone/>.*404");
    try (Response r = call("PROPFIND", file, RequestBody.create("<?xml version=\"1.0\"?><D:propfind xmlns:D=\"DAV:\""
        + " xmlns:Q=\"urn:q\"><D:prop><Q:never/></D:prop></D:propfind>", XML), "Depth", "0")) {
      // a missing property in a namespace no found property uses keeps its namespace
      assertThat(r.body().string()).containsPattern("xmlns:(ns[0-9]+)=\"urn:q\"").containsPattern("<ns[0-9]+:never/>");
    }
    try (Response r = call("PROPFIND", file, RequestBody.create("<propfind xmlns=\"DAV:\"><allprop/>", XML),
        "Depth", "0")) {
      assertThat(r.code()).isEqualTo(400); // not well-formed
    }
  }

  @Test
  void aPropertyInNoNamespaceIsKeptAndWrittenBackAsWellFormedXml() throws Exception {
    serve(ServeMode.REDIRECT);
    String file = "/Films%20%26%20%3CDocs%3E/big%20file.bin";
    String patch = "<?xml version=\"1.0\"?><D:propertyupdate xmlns:D=\"DAV:\"><D:set><D:prop>"
        + "<nonamespace xmlns=\"\">plain &amp; simple</nonamespace></D:prop></D:set></D:propertyupdate>";
    try (Response r = call("PROPPATCH", file, RequestBody.create(patch, XML))) {
      assertThat(r.code()).isEqualTo(207);
      assertThat(r.body().string()).contains("HTTP/1.1 200").doesNotContain("HTTP/1.1 403"); // not "403": the port may hold it
    }
    for (String ask : List.of("<D:prop><nonamespace xmlns=\"\"/></D:prop>", "<D:allprop/>")) {
      String xml;
      try (Response r = call("PROPFIND", file, RequestBody.create("<?xml version=\"1.0\"?><D:propfind"
          + " xmlns:D=\"DAV:\">" + ask + "</D:propfind>", XML), "Depth", "0")) {
        assertThat(r.code()).isEqualTo(207);
        xml = r.body().string();
      }
      javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
      org.w3c.dom.NodeList found = doc.getElementsByTagNameNS("", "nonamespace");
      assertThat(found.getLength()).as(xml).isEqualTo(1);
      assertThat(found.item(0).getNamespaceURI()).isNull();
      assertThat(found.item(0).getTextContent()).isEqualTo("plain & simple");
    }
  }

  @Test
  void anInterruptedPutLeavesNothing() throws IOException {
    serve(ServeMode.REDIRECT);
    okhttp3.RequestBody shortBody = new RequestBody() {
      @Override
      public MediaType contentType() {
        return null;
      }

      @Override
      public long contentLength() {
        return 10_000;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        sink.write(new byte[100]);
        sink.flush();
        throw new IOException("client gave up");
      }
    };
    assertThatThrownBy(() -> call("PUT", "/partial.bin", shortBody).close()).isInstanceOf(IOException.class);
    server.close(); // waits for the request to end
    server = null;
    assertThat(emulator.drive().find("/partial.bin")).isEmpty();
    assertThat(emulator.requests().stream().filter(r -> r.path().startsWith("/drive/v1/files")
        && r.method().equals("POST")).count()).isZero();
  }

  @Test
  void shareMountsListServeAndRefuseWritesAndCopyIntoTheDriveSavesTheShare() throws IOException {
    serve(ServeMode.PROXY, Mount.drive("/", "/"), Mount.share("/shared/show", "https://mypikpak.com/s/" + shareId + "?pwd=1234"));
    assertThat(propfind("/shared/", "1")).contains("show");
    assertThat(propfind("/shared/show/", "1")).contains("Show");
    try (Response r = get("/shared/show/Show/e01.bin")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().bytes()).isEqualTo(ownerDrive.fileBytes(sharedFile));
    }
    try (Response r = call("PUT", "/shared/show/Show/x.txt", RequestBody.create(new byte[1], null))) {
      assertThat(r.code()).isEqualTo(403);
    }
    try (Response r = call("DELETE", "/shared/show/Show/e01.bin", null)) {
      assertThat(r.code()).isEqualTo(403);
    }
    try (Response r = call("COPY", "/shared/show/Show/e01.bin", null, "Destination", url("/Films%20%26%20%3CDocs%3E/e01.bin"))) {
      assertThat(r.code()).isIn(201, 204);
    }
    assertThat(emulator.shares().restoreCount(shareId)).isEqualTo(1);
    try (Response r = get("/", "Accept", "text/html")) {
      String html = r.body().string();
      assertThat(html).contains("Films &amp; &lt;Docs&gt;/").contains("shared/").doesNotContain("<Docs>");
      assertThat(html.indexOf("Films")).isLessThan(html.indexOf("shared"));
    }
    assertThat(html("/Films%20%26%20%3CDocs%3E/")).contains("big file.bin").contains("2.0 MiB");
  }

  private String html(String path) throws IOException {
    try (Response r = get(path, "Accept", "text/html")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("text/html");
      return r.body().string();
    }
  }

  @Test
  void aShareInABadStateAnswersA4xxWithPikPaksReason() throws IOException {
    serve(ServeMode.REDIRECT, Mount.drive("/", "/"), Mount.share("/s", "https://mypikpak.com/s/" + shareId + "?pwd=1234"));
    emulator.shares().setStatus(shareId, "DELETED");
    try (Response r = call("PROPFIND", "/s/", RequestBody.create("", XML), "Depth", "1")) {
      assertThat(r.code()).isBetween(400, 499);
      assertThat(r.body().string()).isNotBlank();
    }
  }

  @Test
  void aWrongPassCodeFailsAtStart() {
    PikPakServer s = PikPakServer.builder(client).address("127.0.0.1", 0)
        .mount(Mount.share("/s", "https://mypikpak.com/s/" + shareId + "?pwd=9999")).build();
    assertThatThrownBy(s::start).isInstanceOf(io.github.pikpak4j.share.SharePassCodeException.class);
    s.close();
  }

  @Test
  void basicAuthIsRequiredOnEveryRequestAndReadOnlyRefusesWrites() throws IOException {
    server = PikPakServer.builder(client).address("127.0.0.1", 0).auth("me", "s3cret").readOnly(true).build();
    server.start();
    try (Response r = get("/")) {
      assertThat(r.code()).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    }
    String good = "Basic " + Base64.getEncoder().encodeToString("me:s3cret".getBytes());
    String bad = "Basic " + Base64.getEncoder().encodeToString("me:wrong".getBytes());
    try (Response r = get("/", "Authorization", bad)) {
      assertThat(r.code()).isEqualTo(401);
    }
    try (Response r = get("/", "Authorization", good)) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).doesNotContain("s3cret");
    }
    try (Response r = call("MKCOL", "/x", null, "Authorization", good)) {
      assertThat(r.code()).isEqualTo(403);
    }
    assertThat(emulator.drive().find("/x")).isEmpty();
  }

  @Test
  void pathsCannotEscapeAndUnknownMethodsAre405() throws IOException {
    serve(ServeMode.REDIRECT, Mount.drive("/films", "/Films & <Docs>"));
    for (String p : List.of("/films/%2e%2e/", "/films/..%2f", "/films%2f..", "/films/%5c..", "/films/../Videos/",
        "/films/./big%20file.bin", "/films/%00")) {
      assertThat(rawStatus(p)).as(p).isBetween(400, 404);
    }
    try (Response r = get("/Videos/")) {
      assertThat(r.code()).isEqualTo(404); // outside the mount
    }
    try (Response r = call("BREW", "/films/", null)) {
      assertThat(r.code()).isEqualTo(405);
    }
  }

  /** Sends a request line as is (OkHttp would resolve dot segments itself) and returns the status. */
  private int rawStatus(String rawPath) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void offlineApiAddsAndListsAndRejectsBadInputWith400() throws IOException {
    serve(ServeMode.REDIRECT);
    try (Response r = call("POST", "/api/offline", RequestBody.create("{\"url\": \"not a link\"}", XML))) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).startsWith("{\"error\":");
    }
    try (Response r = call("POST", "/api/offline", RequestBody.create("{\"url\": \"magnet:?xt=urn:btih:"
        + "c12fe1c06bba254a9dc9f519b335aa7c1367a88a\", \"to\": \"/Films & <Docs>\"}", XML))) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).contains("\"phase\"").contains("\"id\"");
    }
    try (Response r = get("/api/offline")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).startsWith("[{");
    }
  }

  @Test
  void badSettingsFailBeforeServing() {
    assertThatThrownBy(() -> PikPakServer.builder(client).address("0.0.0.0", 0).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--auth");
    assertThatThrownBy(() -> PikPakServer.builder(client).mount(Mount.parse("/a=drive"))
        .mount(Mount.parse("/a/b=drive")).build()).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Mount.parse("/a=share:!!,transcode")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Mount.parse("a=drive")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Mount.parse("/a=drive,transcode")).isInstanceOf(InvalidInputException.class);
    assertThat(Mount.parse("/f=share:https://mypikpak.com/s/ABCDEF?pwd=1234,transcode").toString())
        .doesNotContain("1234").contains("transcode");
  }
}
