package io.github.pikpak4j.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.pikpak4j.api.PikPakApis;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared Moshi: lenient numbers, RFC 3339 instants, absent collections. */
class JsonBindingTest {

  private final JsonAdapter<DriveFile> files = PikPakApis.moshi().adapter(DriveFile.class);
  private final JsonAdapter<Quota> quota = PikPakApis.moshi().adapter(Quota.class);

  private static String file(String extra) {
    return "{\"id\":\"i\",\"kind\":\"drive#file\",\"name\":\"n\"" + extra + "}";
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"123\"|123",
        "123|123",
        "\"9007199254740993\"|9007199254740993",
        "\"\"|0",
        "null|0",
        "1.0E3|1000",
        "\" 42 \"|42",
      })
  void sizeAcceptsStringsAndNumbers(String json, long expected) throws Exception {
    assertThat(files.fromJson(file(",\"size\":" + json)).size()).isEqualTo(expected);
  }

  @Test
  void absentSizeIsZero() throws Exception {
    assertThat(files.fromJson(file("")).size()).isZero();
  }

  @Test
  void quotaAcceptsIntStringsAndStringBooleans() throws Exception {
    Quota q =
        quota.fromJson(
            "{\"limit\":\"10995116277760\",\"usage\":5,\"usage_in_trash\":\"\","
                + "\"is_unlimited\":\"true\",\"play_times_limit\":\"-1\"}");
    assertThat(q).isEqualTo(new Quota(10995116277760L, 5, 0, true, -1, 0));
  }

  @Test
  void nonNumericSizeFailsWithItsPath() {
    assertThatThrownBy(() -> files.fromJson(file(",\"size\":\"12kb\"")))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.size");
  }

  @ParameterizedTest
  @CsvSource({
    "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.123Z, 2024-05-01T10:00:00.123Z",
    "2024-05-01T10:00:00.123456789Z, 2024-05-01T10:00:00.123456789Z",
    "2024-05-01T18:00:00+08:00, 2024-05-01T10:00:00Z",
    "2024-05-01T18:00:00.5+08:00, 2024-05-01T10:00:00.500Z",
    "2024-05-01T05:30:00-04:30, 2024-05-01T10:00:00Z",
    "2024-05-01t10:00:00z, 2024-05-01T10:00:00Z",
    "2024-05-01 10:00:00+00:00, 2024-05-01T10:00:00Z",
  })
  void instantsAcceptRfc3339Variants(String text, String expected) throws Exception {
    DriveFile f = files.fromJson(file(",\"modified_time\":\"" + text + "\""));
    assertThat(f.modifiedTime()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void emptyOrNullInstantIsNull() throws Exception {
    assertThat(files.fromJson(file(",\"created_time\":\"\"")).createdTime()).isNull();
    assertThat(files.fromJson(file(",\"created_time\":null")).createdTime()).isNull();
  }

  @Test
  void instantWithoutOffsetIsRejected() {
    assertThatThrownBy(() -> files.fromJson(file(",\"created_time\":\"2024-05-01T10:00:00\"")))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_time");
  }

  @Test
  void absentAndNullCollectionsBindToEmpty() throws Exception {
    DriveFile f = files.fromJson(file(",\"medias\":null"));
    assertThat(f.medias()).isEmpty();
    assertThat(f.links()).isEmpty();
    FileList list = PikPakApis.moshi().adapter(FileList.class).fromJson("{}");
    assertThat(list.files()).isEmpty();
    assertThat(list.nextPageToken()).isEmpty();
    assertThat(PikPakApis.moshi().adapter(UserInfo.class).fromJson("{\"sub\":\"s\"}").providers())
        .isEmpty();
    assertThat(PikPakApis.moshi().adapter(About.class).fromJson("{}").quota())
        .isEqualTo(Quota.EMPTY);
  }

  @Test
  void nullElementsInListsAreDropped() throws Exception {
    FileList list =
        PikPakApis.moshi()
            .adapter(FileList.class)
            .fromJson("{\"files\":[null," + file("") + "]}");
    assertThat(list.files()).hasSize(1);
  }

  @Test
  void unknownFieldsAreIgnoredAndBooleansDefaultToFalse() throws Exception {
    DriveFile f =
        files.fromJson(file(",\"@type\":\"x\",\"params\":{\"a\":[1,{\"b\":2}]},\"audit\":null"));
    assertThat(f.trashed()).isFalse();
    assertThat(f.starred()).isFalse();
  }

  @Test
  void collectionsAreImmutable() throws Exception {
    DriveFile f = files.fromJson(file(",\"medias\":[{\"media_id\":\"m\"}]"));
    assertThatThrownBy(() -> f.medias().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requestsOmitNullsAndWriteInstantsInUtc() {
    String json =
        PikPakApis.moshi()
            .adapter(FileLink.class)
            .toJson(new FileLink("u", null, Instant.parse("2024-05-01T10:00:00Z")));
    assertThat(json).isEqualTo("{\"url\":\"u\",\"expire\":\"2024-05-01T10:00:00Z\"}");
  }

  @Test
  void convenienceConstructorsFillTheExtrasWithDefaults() {
    DriveFile f =
        new DriveFile("i", DriveFile.KIND_FOLDER, "n", null, 0, null, null, null, null, null,
            Map.of(), List.of(), false, false, null);
    assertThat(f.isFolder()).isTrue();
    assertThat(f.md5Checksum()).isNull();
    assertThat(new Media("m", "n", "720P", null, false, true, true).video()).isNull();
    assertThat(new UserInfo("s", null, null, null).providers()).isEmpty();
  }
}
