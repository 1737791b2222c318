package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PathCacheTest {
  private static FileEntry folder(String id, String parent, String name) {
    return new FileEntry(id, name, FileKind.FOLDER, 0, null, parent, null, null, null, false, false);
  }

  @Test
  void invalidatingAnIdForgetsItsPathsAndEverythingBelowOnly() {
    PathCache c = new PathCache(100);
    c.put("/a", folder("A", "", "a"));
    c.put("/a/b", folder("B", "A", "b"));
    c.put("/a/b/c", folder("C", "B", "c"));
    c.put("/ab", folder("AB", "", "ab"));
    c.invalidateIds(List.of("B"));
    assertThat(c.contains("/a")).isTrue();
    assertThat(c.contains("/a/b")).isFalse();
    assertThat(c.contains("/a/b/c")).isFalse();
    assertThat(c.contains("/ab")).isTrue();
    c.invalidateIds(List.of("A"));
    assertThat(c.contains("/ab")).isTrue();
    assertThat(c.size()).isEqualTo(1);
  }

  @Test
  void isBoundedLeastRecentlyUsedFirst() {
    PathCache c = new PathCache(2);
    c.put("/1", folder("1", "", "1"));
    c.put("/2", folder("2", "", "2"));
    c.get("/1");
    c.put("/3", folder("3", "", "3"));
    assertThat(c.contains("/1")).isTrue();
    assertThat(c.contains("/2")).isFalse();
    assertThat(c.size()).isEqualTo(2);
    PathCache off = new PathCache(0);
    off.put("/1", folder("1", "", "1"));
    assertThat(off.get("/1")).isNull();
  }

  @Test
  void staysConsistentUnderConcurrentUse() throws Exception {
    PathCache c = new PathCache(64);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      int n = t;
      pool.execute(() -> {
        for (int i = 0; i < 2000; i++) {
          c.put("/" + n + "/" + i, folder(n + ":" + i, "", "x"));
          c.get("/" + n + "/" + (i / 2));
          if (i % 50 == 0) {
            c.invalidateIds(List.of(n + ":" + (i - 1)));
          }
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(c.size()).isLessThanOrEqualTo(64);
  }
}
