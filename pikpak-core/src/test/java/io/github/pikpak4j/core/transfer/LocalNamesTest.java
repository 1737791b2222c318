package io.github.pikpak4j.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidResponseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalNamesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../x|.._x",
      "../../x|.._.._x",
      "/etc/passwd|_etc_passwd",
      "a/b/x|a_b_x",
      "a\\b|a_b",
      "  spaced  |spaced",
      "movie.mkv|movie.mkv",
      "..x|..x"})
  void remoteNamesBecomeOneComponent(String remote, String local) {
    assertThat(LocalNames.component(remote)).isEqualTo(local);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bell\u0007", "esc\u001b[31m", "nul\u0000", "del\u007f", "nl\nx"})
  void controlCharactersAreReplaced(String remote) {
    assertThat(LocalNames.component(remote)).doesNotContainPattern("\\p{Cntrl}").contains("_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ".", "..", " .. "})
  void nothingUsableIsATypedError(String remote) {
    assertThatThrownBy(() -> LocalNames.component(remote)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("local file name");
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 300, 1000})
  void longNamesAreCutToTheByteLimitKeepingTheExtension(int length) {
    String name = "é".repeat(length) + ".mkv";
    String local = LocalNames.component(name);
    assertThat(local.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(LocalNames.MAX_BYTES);
    assertThat(local).endsWith(".mkv").startsWith("éé");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "/abs", "a/../../b", "..", "C:\\x"})
  void resolvedPathsStayInsideTheDirectory(String remote) {
    Path dir = Path.of("target", "dest").toAbsolutePath();
    try {
      Path p = LocalNames.resolveInside(dir, List.of("sub", remote));
      assertThat(p.normalize().startsWith(dir)).as(p.toString()).isTrue();
      assertThat(p.getParent()).isEqualTo(dir.resolve("sub"));
    } catch (InvalidResponseException unusable) {
      assertThat(remote).isEqualTo("..");
    }
  }
}
