package io.github.pikpak4j.core.transfer.upload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each platform's upload answer sends the bytes. */
class OssObjectUrlTest {

  @ParameterizedTest(name = "{0}: endpoint {1} -> {2}")
  @CsvSource({
    // android answers a sub-host (AList's comment in drivers/pikpak/driver.go); uploaded to the root domain
    "android, vip-lixian-07.mypikpak.net, https://pikpak-bucket.mypikpak.net/u/key1",
    // web answers the root domain (same comment)
    "web, mypikpak.net, https://pikpak-bucket.mypikpak.net/u/key1",
    // pc: no peer records its answer; the web form is assumed
    "pc, mypikpak.net, https://pikpak-bucket.mypikpak.net/u/key1",
    "any, https://vip-lixian-07.mypikpak.com/, https://pikpak-bucket.mypikpak.com/u/key1",
    "any, oss-ap-southeast-1.aliyuncs.com, https://pikpak-bucket.oss-ap-southeast-1.aliyuncs.com/u/key1",
    "emulator, http://127.0.0.1:8080, http://127.0.0.1:8080/pikpak-bucket/u/key1",
  })
  void uploadUrlPerPlatform(String platform, String endpoint, String url) {
    assertThat(OssClient.objectUrl(endpoint, "pikpak-bucket", "u/key1").toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource({"http://vip-lixian-07.mypikpak.net", "ftp://mypikpak.net", "''"})
  void unusableEndpointsAreRefused(String endpoint) {
    assertThatThrownBy(() -> OssClient.objectUrl(endpoint, "b", "k")).isInstanceOf(InvalidResponseException.class);
  }
}
