package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GcidTest {

  @Test
  void matchesTheProtocolVectors() {
    assertThat(Gcid.of(ContentSource.ofBytes(new byte[0])))
        .isEqualTo("DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
    assertThat(Gcid.of(ContentSource.ofBytes("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("0D3CED9BEC10A777AEC23CCC353A8C08A633045E");
    assertThat(Gcid.of(ContentSource.ofBytes(new byte[1 << 20])))
        .isEqualTo("0520DBDA33EE8F713865D1F6B75DF465AC2B482F");
    byte[] pattern = new byte[(1 << 20) + 1];
    for (int i = 0; i < pattern.length; i++) {
      pattern[i] = (byte) (i % 251);
    }
    assertThat(Gcid.of(ContentSource.ofBytes(pattern)))
        .isEqualTo("F1E3567163E90DDADE397328973153796A4CFD19");
  }

  @Test
  void theDemoPatternFileCarriesTheVectorHash() {
    try (PikPakEmulator emu = PikPakEmulator.start()) {
      String id = emu.drive().find("/Documents/Nested/pattern-1MiB-plus-1.bin").orElseThrow();
      assertThat(emu.drive().gcid(id)).isEqualTo("F1E3567163E90DDADE397328973153796A4CFD19");
      assertThat(emu.fileBytes(id)[300]).isEqualTo((byte) (300 % 251));
    }
  }

  @Test
  void usesTheDoublingRuleAtTheBoundaries() {
    assertThat(Gcid.blockSize(128L << 20)).isEqualTo(256 * 1024);
    assertThat(Gcid.blockSize((128L << 20) + 1)).isEqualTo(512 * 1024);
    assertThat(Gcid.blockSize(256L << 20)).isEqualTo(512 * 1024);
    assertThat(Gcid.blockSize((256L << 20) + 1)).isEqualTo(1024 * 1024);
    assertThat(Gcid.blockSize(5L << 30)).isEqualTo(2 * 1024 * 1024);
  }

  @Test
  void seededContentIsDeterministicAtAnyOffset() {
    ContentSource a = ContentSource.seeded(10_000, 7);
    byte[] whole = new byte[10_000];
    a.read(0, whole, 0, whole.length);
    byte[] part = new byte[13];
    ContentSource.seeded(10_000, 7).read(4_321, part, 0, 13);
    for (int i = 0; i < 13; i++) {
      assertThat(part[i]).isEqualTo(whole[4_321 + i]);
    }
    byte[] other = new byte[13];
    ContentSource.seeded(10_000, 8).read(4_321, other, 0, 13);
    assertThat(other).isNotEqualTo(part);
  }
}
