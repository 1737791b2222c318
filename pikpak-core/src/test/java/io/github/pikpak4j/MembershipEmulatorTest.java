package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.TransferAllowance;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VIP status, transfer quota and recent events, blocking and async, against the emulator. */
class MembershipEmulatorTest {
  private PikPakEmulator emulator;
  private PikPakClient client;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    client = DemoClients.of(emulator);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private RecordedRequest last(String path) {
    return DemoClients.last(emulator, path);
  }

  @Test
  void vipStatusBlockingAndAsync() {
    assertThat(client.membership().vip()).isEqualTo(new VipStatus(false, "novip", null));
    Instant end = emulator.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    emulator.membership().vip(emulator.demoUserId(), "platinum", end);
    assertThat(client.async().membership().vip().join()).isEqualTo(new VipStatus(true, "platinum", end));
    assertThat(last("/drive/v1/privilege/vip").header("X-Captcha-Token")).isNotBlank();
  }

  @Test
  void transferQuotaAsksForTheTransferList() {
    emulator.membership().transfer(emulator.demoUserId(), "upload", 1L << 40, 5_000);
    emulator.membership().transfer(emulator.demoUserId(), "offline", 100, 150);
    TransferQuota q = client.membership().transferQuota();
    assertThat(q.upload()).isEqualTo(new TransferAllowance(1L << 40, 5_000));
    assertThat(q.offline().remaining()).isZero();
    assertThat(q.download()).isEqualTo(new TransferAllowance(0, 0));
    RecordedRequest r = last("/vip/v1/quantity/list");
    assertThat(r.queryParameter("type")).isEqualTo("transfer");
    assertThat(r.queryParameter("limit")).isEqualTo("200");
    assertThat(client.async().membership().transferQuota().join()).isEqualTo(q);
  }

  @Test
  void eventsPageNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      ids.add(emulator.membership().addEvent(emulator.demoUserId(), "TYPE_UPLOAD", "F" + i, "f" + i, "D"));
    }
    Page<DriveEvent> first = client.membership().events(null);
    assertThat(first.items()).hasSize(100);
    assertThat(first.items().get(0).id()).isEqualTo(ids.get(129));
    assertThat(first.items().get(0).fileName()).isEqualTo("f129");
    assertThat(first.items().get(0).type()).isEqualTo("TYPE_UPLOAD");
    assertThat(first.items().get(0).updated()).isNotNull();
    assertThat(last("/drive/v1/events").queryParameter("limit")).isEqualTo("100");
    Page<DriveEvent> second = client.async().membership().events(first.nextPageToken().orElseThrow()).join();
    assertThat(second.items()).hasSize(30);
    assertThat(second.items().get(29).id()).isEqualTo(ids.get(0));
    assertThat(second.hasNext()).isFalse();
  }
}
