package io.github.pikpak4j.server.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A plain, accessible HTML page listing a folder: folders first, then files, each with size and time. */
final class HtmlListing {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private HtmlListing() {}

  static String render(Located folder, List<Located> children) {
    List<Located> sorted = new ArrayList<>(children);
    sorted.sort(Comparator.comparing((Located l) -> !l.folder())
        .thenComparing(l -> l.name().toLowerCase(Locale.ROOT)));
    String title = "Index of " + escape(folder.path());
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(title).append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#111}")
        .append("table{border-collapse:collapse;min-width:60%}th,td{padding:.3em 1em;text-align:left}")
        .append("tr:nth-child(even){background:#f3f3f3}td.size{text-align:right;font-variant-numeric:tabular-nums}")
        .append("th.size{text-align:right}a{color:#0645ad}")
        .append(".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}")
        .append("</style></head><body>\n<h1>").append(title).append("</h1>\n")
        .append("<table><caption class=\"visually-hidden\">").append(sorted.size()).append(" entries</caption>")
        .append("<thead><tr><th scope=\"col\">Name</th><th scope=\"col\" class=\"size\">Size</th><th scope=\"col\">Modified</th>")
        .append("</tr></thead><tbody>\n");
    if (!folder.path().equals("/")) {
      b.append("<tr><td><a href=\"../\">../</a></td><td></td><td></td></tr>\n");
    }
    for (Located l : sorted) {
      String href = ServedPaths.encodeSegment(l.name()) + (l.folder() ? "/" : "");
      b.append("<tr><td><a href=\"").append(escape(href)).append("\">").append(escape(l.name()))
          .append(l.folder() ? "/" : "").append("</a></td><td class=\"size\">")
          .append(l.folder() || l.node() == null ? "&mdash;" : io.github.pikpak4j.core.files.Sizes.human(l.node().size()))
          .append("</td><td>");
      if (l.node() != null && l.node().modified() != null) {
        b.append(TIME.format(l.node().modified().atOffset(ZoneOffset.UTC)));
      }
      b.append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n</body></html>\n").toString();
  }

  /** Escapes text for HTML or XML, in text or in a quoted attribute. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
