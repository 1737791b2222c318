package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesObjectsInOrderWithNullsAndNumbers() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", "a\"b\\c\n");
    map.put("size", 12L);
    map.put("hash", null);
    map.put("ok", true);
    map.put("time", Instant.parse("2024-05-01T10:22:33Z"));
    map.put("list", Arrays.asList(1, null, "x"));
    assertThat(Json.write(map))
        .isEqualTo("{\"id\":\"a\\\"b\\\\c\\n\",\"size\":12,\"hash\":null,\"ok\":true,"
            + "\"time\":\"2024-05-01T10:22:33Z\",\"list\":[1,null,\"x\"]}");
  }

  @Test
  void escapesControlCharacters() {
    assertThat(Json.write("\u0001\t")).isEqualTo("\"\\u0001\\t\"");
    assertThat(Json.write(List.of())).isEqualTo("[]");
  }

  @Test
  void rejectsOtherTypes() {
    assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
