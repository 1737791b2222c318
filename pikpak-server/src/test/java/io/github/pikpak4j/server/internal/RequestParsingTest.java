package io.github.pikpak4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Range headers, request paths and HTML escaping: what a client sends never escapes or breaks the answer. */
class RequestParsingTest {
  @Test
  void rangesAreSingleByteRangesClampedToTheFileOrUnsatisfiable() {
    assertThat(FileResponder.span(null, 100)).isEqualTo(new FileResponder.Span(0, 100));
    assertThat(FileResponder.span("bytes=10-19", 100)).isEqualTo(new FileResponder.Span(10, 20));
    assertThat(FileResponder.span("bytes=90-", 100)).isEqualTo(new FileResponder.Span(90, 100));
    assertThat(FileResponder.span("bytes=90-5000", 100)).isEqualTo(new FileResponder.Span(90, 100));
    assertThat(FileResponder.span("bytes=-10", 100)).isEqualTo(new FileResponder.Span(90, 100));
    assertThat(FileResponder.span("bytes=-1000", 100)).isEqualTo(new FileResponder.Span(0, 100));
    assertThat(FileResponder.span("bytes=100-", 100)).isNull();
    assertThat(FileResponder.span("bytes=20-10", 100)).isNull();
    assertThat(FileResponder.span("bytes=-0", 100)).isNull();
    assertThat(FileResponder.span("bytes=99999999999999999999-", 100)).isNull();
    // not a single byte range: the whole file (RFC 9110 lets a server ignore Range)
    assertThat(FileResponder.span("bytes=0-1,5-6", 100)).isEqualTo(new FileResponder.Span(0, 100));
    assertThat(FileResponder.span("items=0-1", 100)).isEqualTo(new FileResponder.Span(0, 100));
  }

  @Test
  void pathsAreDecodedAndAnythingThatCouldLeaveTheTreeIsRefused() {
    assertThat(ServedPaths.fromRaw("/")).isEqualTo("/");
    assertThat(ServedPaths.fromRaw("/a%20b/c%2Bd+e/")).isEqualTo("/a b/c+d+e");
    assertThat(ServedPaths.fromRaw("/%E4%B8%AD%E6%96%87")).isEqualTo("/\u4e2d\u6587");
    for (String bad : new String[] {"/a/../b", "/a/%2e%2e/b", "/a/./b", "/a%2Fb", "/a%5cb", "/a\\b", "/a//b",
        "/a%00b", "/a%0Ab", "/a%zz", "/a%2", "relative"}) {
      assertThatThrownBy(() -> ServedPaths.fromRaw(bad)).as(bad).isInstanceOf(InvalidInputException.class);
    }
    assertThat(ServedPaths.encode("/a b/<c>&\u4e2d")).isEqualTo("/a%20b/%3Cc%3E%26%E4%B8%AD");
  }

  @Test
  void htmlEscapesEveryCharacterThatCouldOpenMarkup() {
    assertThat(HtmlListing.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }
}
