package io.github.pikpak4j.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.model.ShareFileInfo;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rendition each {@link TranscodePolicy} picks. */
class LinkChoiceTest {
  /** A shared video: empty web_content_link, the original and one 720P transcode. */
  static final String VIDEO_INFO =
      "{\"share_status\":\"OK\",\"file_info\":{\"id\":\"VNvid00001\",\"kind\":\"drive#file\","
          + "\"name\":\"movie.mp4\",\"size\":\"1000\",\"web_content_link\":\"\",\"medias\":["
          + "{\"media_id\":\"m0\",\"resolution_name\":\"1080P\",\"is_origin\":true,"
          + "\"link\":{\"url\":\"https://dl/orig?fid=a&expire=1700000000\",\"expire\":\"2023-11-14T22:13:20Z\"}},"
          + "{\"media_id\":\"m1\",\"resolution_name\":\"720P\",\"is_origin\":false,"
          + "\"link\":{\"url\":\"https://dl/tc?fid=b\",\"expire\":\"2030-01-01T00:00:00Z\"}}]}}";

  static final String DOC_INFO =
      "{\"share_status\":\"OK\",\"file_info\":{\"id\":\"VNdoc00001\",\"kind\":\"drive#file\","
          + "\"name\":\"a.pdf\",\"size\":\"77\",\"web_content_link\":\"https://dl/doc?expire=1800000000\","
          + "\"medias\":[]}}";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "video, ORIGINAL, ORIGINAL, MEDIA, 1080P, 1000, true, https://dl/orig?fid=a&expire=1700000000, 1700000000",
    "video, TRANSCODED, TRANSCODE, MEDIA, 720P, -1, false, https://dl/tc?fid=b, 1893456000",
    "video, 720p, TRANSCODE, MEDIA, 720P, -1, false, https://dl/tc?fid=b, 1893456000",
    "video, 1080P, ORIGINAL, MEDIA, 1080P, 1000, true, https://dl/orig?fid=a&expire=1700000000, 1700000000",
    "doc, ORIGINAL, ORIGINAL, WEB_CONTENT_LINK, '', 77, false, https://dl/doc?expire=1800000000, 1800000000",
    "doc, TRANSCODED, ORIGINAL, WEB_CONTENT_LINK, '', 77, false, https://dl/doc?expire=1800000000, 1800000000",
  })
  void policyPicksTheRendition(
      String file,
      String policy,
      ShareLinkChoice.Rendition rendition,
      ShareLinkChoice.Source source,
      String variant,
      long size,
      boolean partial,
      String url,
      long expire)
      throws IOException {
    ShareFileInfo info =
        PikPakApis.moshi().adapter(ShareFileInfo.class).fromJson(file.equals("video") ? VIDEO_INFO : DOC_INFO);
    TranscodePolicy p =
        policy.equals("ORIGINAL")
            ? TranscodePolicy.ORIGINAL
            : policy.equals("TRANSCODED") ? TranscodePolicy.TRANSCODED : TranscodePolicy.resolution(policy);
    ShareLinkChoice c = LinkChooser.choose(info.fileInfo(), p);
    assertThat(c.rendition()).isEqualTo(rendition);
    assertThat(c.isOrigin()).isEqualTo(rendition == ShareLinkChoice.Rendition.ORIGINAL);
    assertThat(c.source()).isEqualTo(source);
    assertThat(c.variant().orElse("")).isEqualTo(variant);
    assertThat(c.size().orElse(-1)).isEqualTo(size);
    assertThat(c.mayBePartial()).isEqualTo(partial);
    assertThat(c.url()).isEqualTo(url);
    assertThat(c.expiresAt()).contains(Instant.ofEpochSecond(expire));
  }

  @Test
  void anExpiryThatOverflowsFallsBackToTheLinkObject() {
    Instant fallback = Instant.parse("2030-01-01T00:00:00Z");
    assertThat(LinkChooser.expiry("https://cdn.example/f?expire=99999999999999999999", fallback)).isEqualTo(fallback);
    assertThat(LinkChooser.expiry("https://cdn.example/f?expire=9223372036854775807", fallback)).isEqualTo(fallback);
    assertThat(LinkChooser.expiry("https://cdn.example/f?expire=1893456000", null))
        .isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }
}
