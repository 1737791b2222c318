package io.github.pikpak4j.core.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GcidTest {
  private static final int KIB = 1024;
  private static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  /** Byte i is i mod 251 (the protocol reference's "pattern"). */
  static byte[] pattern(int size) {
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) {
      data[i] = (byte) (i % 251);
    }
    return data;
  }

  static Stream<Arguments> smallVectors() {
    return Stream.of(
        Arguments.of("empty", new byte[0], "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"),
        Arguments.of("abc", "abc".getBytes(), "0D3CED9BEC10A777AEC23CCC353A8C08A633045E"),
        Arguments.of("1 MiB zeros", new byte[MIB], "0520DBDA33EE8F713865D1F6B75DF465AC2B482F"),
        Arguments.of(
            "pattern 1 MiB + 1", pattern(MIB + 1), "F1E3567163E90DDADE397328973153796A4CFD19"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smallVectors")
  void smallVectorsFromEverySource(String name, byte[] data, String expected) throws IOException {
    assertThat(Gcid.of(data)).isEqualTo(expected);
    assertThat(Gcid.of(data, GcidBlockRule.TABLE)).isEqualTo(expected);
    assertThat(Gcid.of(new ByteArrayInputStream(data), data.length)).isEqualTo(expected);
    Path file = Files.write(dir.resolve("f"), data);
    assertThat(Gcid.of(file)).isEqualTo(expected);
    assertThat(Gcid.of(file, GcidBlockRule.DOUBLING, 1)).isEqualTo(expected);
    assertThat(Gcid.of(file, GcidBlockRule.DOUBLING, 3)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} MiB zeros, {1} rule")
  @CsvSource({
    "128, DOUBLING, 262144, 239FE6CB403FF3498686FC3172EF958499B161F2",
    "128, TABLE,    524288, 10E3E69BFAC6AC5386A8AD5FDE988BB510D25551",
    "256, DOUBLING, 524288, C72B8E76397AEBF6DB043FE5E72F2E77E4890A08",
    "256, TABLE,   2097152, 5C7A3E897B2840FE62BD53DA0D82B4CDEC053982",
  })
  void largeZeroVectorsFromStreamAndSparseFile(
      int mib, GcidBlockRule rule, int block, String expected) throws IOException {
    long size = (long) mib * MIB;
    assertThat(Gcid.blockSize(size, rule)).isEqualTo(block);

    assertThat(Gcid.of(new ZeroInputStream(size), size, rule)).isEqualTo(expected);

    Path sparse = dir.resolve("zeros-" + mib);
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(size);
    }
    assertThat(Gcid.of(sparse, rule)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "size {0}: doubling {1}, table {2}")
  @CsvSource({
    "0,          262144,  262144",
    "1,          262144,  262144",
    "134217727,  262144,  262144",
    "134217728,  262144,  524288",
    "134217729,  524288,  524288",
    "268435455,  524288,  524288",
    "268435456,  524288, 2097152",
    "268435457, 1048576, 1048576",
    "536870912, 1048576, 1048576",
    "536870913, 2097152, 2097152",
    "1099511627776, 2097152, 2097152",
    "9223372036854775807, 2097152, 2097152",
  })
  void blockSizeAtTheBoundaries(long size, int doubling, int table) {
    assertThat(Gcid.blockSize(size, GcidBlockRule.DOUBLING)).isEqualTo(doubling);
    assertThat(Gcid.blockSize(size, GcidBlockRule.TABLE)).isEqualTo(table);
    assertThat(Gcid.newHasher(size).blockSize()).isEqualTo(doubling);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE})
  void negativeSizeIsRejected(long size) {
    for (GcidBlockRule rule : GcidBlockRule.values()) {
      assertThatThrownBy(() -> Gcid.blockSize(size, rule))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("negative");
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(
      ints = {
        1,
        256 * KIB - 1,
        256 * KIB,
        256 * KIB + 1,
        5 * 256 * KIB + 12345,
        17 * 256 * KIB,
      })
  void parallelFileHashingEqualsSequentialHashing(int size) throws IOException {
    byte[] data = new byte[size];
    new Random(size).nextBytes(data);
    String reference = referenceGcid(data);
    Path file = Files.write(dir.resolve("odd"), data);

    assertThat(Gcid.of(data)).isEqualTo(reference);
    for (int threads : new int[] {1, 2, 3, 8}) {
      assertThat(Gcid.of(file, GcidBlockRule.DOUBLING, threads))
          .as("%d threads", threads)
          .isEqualTo(reference);
    }
    assertThat(Gcid.of(new ByteArrayInputStream(data), size)).isEqualTo(reference);
    for (int threads : new int[] {1, 2, 4}) {
      assertThat(Gcid.of(new TrickleInputStream(data), size, GcidBlockRule.DOUBLING, threads))
          .as("pipelined stream, %d threads", threads)
          .isEqualTo(reference);
    }
  }

  @Test
  void hasherAcceptsAnyChunking() {
    byte[] data = pattern(3 * 256 * KIB + 7);
    GcidHasher hasher = Gcid.newHasher(data.length);
    Random random = new Random(1);
    int at = 0;
    while (at < data.length) {
      int n = Math.min(data.length - at, random.nextInt(100_000));
      if (random.nextBoolean()) {
        hasher.update(data, at, n);
      } else {
        hasher.update(java.nio.ByteBuffer.wrap(Arrays.copyOfRange(data, at, at + n)));
      }
      at += n;
    }
    assertThat(hasher.bytesHashed()).isEqualTo(data.length);
    assertThat(hasher.finish()).isEqualTo(referenceGcid(data));
  }

  @Test
  void hasherRejectsMoreOrFewerBytesThanDeclared() {
    GcidHasher hasher = Gcid.newHasher(3);
    hasher.update(new byte[2]);
    assertThatThrownBy(() -> hasher.update(new byte[2]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("declared size of 3");
    assertThatThrownBy(hasher::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only 2 of the declared 3");
    hasher.update(new byte[1]);
    assertThat(hasher.finish()).hasSize(40);
    assertThatThrownBy(hasher::finish).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void pipelinedStreamOfTheWrongSizeIsReported(int threads) {
    byte[] data = new byte[3 * 256 * KIB + 5];
    assertThatThrownBy(
            () ->
                Gcid.of(
                    new ByteArrayInputStream(data), data.length + 1L, GcidBlockRule.TABLE, threads))
        .isInstanceOfSatisfying(
            ContentSizeMismatchException.class,
            e -> assertThat(e.actualSize()).isEqualTo(data.length));
    assertThatThrownBy(
            () ->
                Gcid.of(
                    new ByteArrayInputStream(data), data.length - 1L, GcidBlockRule.TABLE, threads))
        .isInstanceOf(ContentSizeMismatchException.class)
        .hasMessageContaining("more than the expected");
  }

  @Test
  void streamShorterThanDeclaredIsReported() {
    assertThatThrownBy(() -> Gcid.of(new ByteArrayInputStream(new byte[10]), 11))
        .isInstanceOfSatisfying(
            ContentSizeMismatchException.class,
            e -> {
              assertThat(e.expectedSize()).isEqualTo(11);
              assertThat(e.actualSize()).isEqualTo(10);
            })
        .hasMessageContaining("ended after 10 bytes but 11 were expected");
  }

  @Test
  void streamLongerThanDeclaredIsReported() {
    assertThatThrownBy(() -> Gcid.of(new ByteArrayInputStream(new byte[10]), 9))
        .isInstanceOfSatisfying(
            ContentSizeMismatchException.class, e -> assertThat(e.expectedSize()).isEqualTo(9))
        .hasMessageContaining("more than the expected 9 bytes");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void fileThatShrankWhileHashedIsReported(int threads) throws IOException {
    // The file has fewer bytes than the size captured when hashing started.
    Path file = Files.write(dir.resolve("shrank"), new byte[600 * KIB]);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      assertThatThrownBy(() -> FileGcid.hash(channel, 700 * KIB, GcidBlockRule.DOUBLING, threads))
          .isInstanceOfSatisfying(
              ContentSizeMismatchException.class,
              e -> {
                assertThat(e.expectedSize()).isEqualTo(700 * KIB);
                assertThat(e.actualSize()).isEqualTo(600 * KIB);
              });
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void fileThatGrewWhileHashedIsReported(int threads) throws IOException {
    // The file has more bytes than the size captured when hashing started.
    Path file = Files.write(dir.resolve("grew"), new byte[700 * KIB]);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      assertThatThrownBy(() -> FileGcid.hash(channel, 600 * KIB, GcidBlockRule.DOUBLING, threads))
          .isInstanceOfSatisfying(
              ContentSizeMismatchException.class,
              e -> assertThat(e.actualSize()).isEqualTo(700 * KIB));
    }
  }

  @Test
  void invalidThreadCountIsRejected() throws IOException {
    Path file = Files.write(dir.resolve("t"), new byte[1]);
    assertThatThrownBy(() -> Gcid.of(file, GcidBlockRule.DOUBLING, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Gcid.of(new ByteArrayInputStream(new byte[1]), 1, GcidBlockRule.DOUBLING, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> cidVectors() {
    return Stream.of(
        Arguments.of("abc", "abc".getBytes(), "A9993E364706816ABA3E25717850C26C9CD0D89D"),
        Arguments.of("1 MiB zeros", new byte[MIB], "D2258CFECEFDE0E3AD67DD5B9883A2BBC60890E8"),
        Arguments.of(
            "pattern 1 MiB + 1", pattern(MIB + 1), "BBC63F14331B4CEDAA66E2726E079BB7B58F26CA"),
        Arguments.of("empty", new byte[0], "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"),
        Arguments.of("61440 pattern (whole = windows)", pattern(61440), sha1Hex(pattern(61440))),
        Arguments.of("61441 pattern (windows)", pattern(61441), windowsCid(pattern(61441))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cidVectors")
  void cidVectorsFromBytesAndFile(String name, byte[] data, String expected) throws IOException {
    assertThat(Gcid.cid(data)).isEqualTo(expected);
    assertThat(Gcid.cid(Files.write(dir.resolve("c"), data))).isEqualTo(expected);
  }

  @Test
  void cidAtExactly61440BytesIsTheSameUnderBothConventions() {
    byte[] data = pattern(61440);
    assertThat(Gcid.cid(data)).isEqualTo(windowsCid(data)).isEqualTo(sha1Hex(data));
  }

  /** A plain, obviously correct GCID: collect every block digest, then hash them. */
  private static String referenceGcid(byte[] data) {
    int block = Gcid.blockSize(data.length, GcidBlockRule.DOUBLING);
    MessageDigest outer = sha1();
    for (int at = 0; at < data.length; at += block) {
      MessageDigest inner = sha1();
      inner.update(data, at, Math.min(block, data.length - at));
      outer.update(inner.digest());
    }
    return HexFormat.of().withUpperCase().formatHex(outer.digest());
  }

  private static String windowsCid(byte[] data) {
    MessageDigest sha1 = sha1();
    int size = data.length;
    for (int offset : new int[] {0, size / 3, size - 20480}) {
      sha1.update(data, offset, 20480);
    }
    return HexFormat.of().withUpperCase().formatHex(sha1.digest());
  }

  private static String sha1Hex(byte[] data) {
    return HexFormat.of().withUpperCase().formatHex(sha1().digest(data));
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Delivers the bytes in short, irregular reads, as a network stream would. */
  private static final class TrickleInputStream extends ByteArrayInputStream {
    private int calls;

    TrickleInputStream(byte[] data) {
      super(data);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, 1 + (calls++ * 7919) % 70_000));
    }
  }

  /** {@code size} zero bytes without allocating them. */
  private static final class ZeroInputStream extends InputStream {
    private long remaining;

    ZeroInputStream(long size) {
      this.remaining = size;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      Arrays.fill(b, off, off + n, (byte) 0);
      remaining -= n;
      return n;
    }
  }
}
