package io.github.pikpak4j.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidResponseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  /** Serves 3 pages of 2 items each and records which tokens were fetched. */
  private final List<String> fetched = new ArrayList<>();

  private Page<Integer> fetch(String token) {
    fetched.add(token);
    int page = token.isEmpty() ? 0 : Integer.parseInt(token);
    List<Integer> items = IntStream.range(page * 2, page * 2 + 2).boxed().collect(Collectors.toList());
    return new Page<>(items, page < 2 ? String.valueOf(page + 1) : "");
  }

  @Test
  void iteratesAllPagesInOrder() {
    List<Integer> all = new ArrayList<>();
    new AutoPager<>(this::fetch).forEach(all::add);
    assertThat(all).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(fetched).containsExactly("", "1", "2");
  }

  @Test
  void fetchesLazilyOnePageAtATime() {
    Iterator<Integer> it = new AutoPager<>(this::fetch).iterator();
    assertThat(fetched).isEmpty();
    it.next();
    it.next();
    assertThat(fetched).containsExactly("");
    it.next();
    assertThat(fetched).containsExactly("", "1");
  }

  @Test
  void streamStopsFetchingWhenShortCircuited() {
    assertThat(new AutoPager<>(this::fetch).stream().limit(3).collect(Collectors.toList()))
        .containsExactly(0, 1, 2);
    assertThat(fetched).containsExactly("", "1");
  }

  @Test
  void startsFromAStoredToken() {
    assertThat(new AutoPager<>(this::fetch, "2").stream().collect(Collectors.toList())).containsExactly(4, 5);
  }

  @Test
  void skipsEmptyPagesThatStillHaveATokenAndEndsOnEmptyToken() {
    List<Page<String>> pages = List.of(new Page<>(List.of(), "a"), new Page<>(List.of("x"), ""));
    Iterator<Page<String>> source = pages.iterator();
    assertThat(new AutoPager<String>(t -> source.next()).stream().collect(Collectors.toList())).containsExactly("x");
    assertThat(new Page<>(List.of(1), "").hasNext()).isFalse();
  }

  @Test
  void aRepeatedTokenEndsTheWalkWithATypedError() {
    PageFetcher<String> loop = t -> new Page<>(List.of(), "same");
    assertThatThrownBy(() -> new AutoPager<>(loop).stream().count())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("repeated a page token");
    assertThatThrownBy(() -> new AsyncPager<String>(t -> CompletableFuture.completedFuture(loop.fetch(t))).toList().join())
        .hasCauseInstanceOf(InvalidResponseException.class);
  }

  @Test
  void freshTokensForEverStopAtThePageLimit() {
    AtomicInteger calls = new AtomicInteger();
    PageFetcher<String> endless = t -> new Page<>(List.of(), "t" + calls.incrementAndGet());
    assertThatThrownBy(() -> new AutoPager<>(endless).withMaxPages(50).stream().count())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("50 pages");
    assertThat(calls).hasValue(50);
    calls.set(0);
    assertThatThrownBy(() -> new AutoPager<>(endless).stream().count()).isInstanceOf(InvalidResponseException.class);
    assertThat(calls).hasValue(AutoPager.DEFAULT_MAX_PAGES);
  }

  @Test
  void aListingOfExactlyTheLimitStillEnds() {
    assertThat(new AutoPager<>(this::fetch).withMaxPages(3).stream().count()).isEqualTo(6);
  }
}
