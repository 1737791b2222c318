package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak link PATH [--media] [--variant NAME]}: resolves a download link. By default the original bytes;
 * {@code --media} (or the global {@code --media-links}) takes the player's default rendition, {@code --variant}
 * a named one ({@code origin}, {@code default}, {@code 1080P}, ...) and implies {@code --media}.
 */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Resolves a download link.")
final class LinkCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;

  @Parameters(index = "0", paramLabel = "PATH", description = "A drive path (/a/b) or id:<ID>.")
  String path = "";

  @Option(names = "--media", description = "A media rendition (possibly transcoded) instead of the original bytes.")
  boolean media;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "The rendition: origin, default or a resolution such as 1080P (implies --media).")
  @Nullable String variant;

  @Override
  public Integer call() {
    PikPakCommand r = java.util.Objects.requireNonNull(root, "root");
    Settings settings = r.settings();
    LinkPolicy policy = policy(media || settings.mediaLinks(), variant);
    try (ClientFactory.Connection connection = ClientFactory.open(settings, r.err())) {
      ResolvedLink link = connection.client().links().resolve(path, policy);
      print(r.out(), settings.json(), link);
      ClientFactory.noteLink(connection, r.err());
    }
    return ErrorReporter.EXIT_OK;
  }

  /** The policy of {@code --media}/{@code --variant}; validated before any request. */
  static LinkPolicy policy(boolean media, @Nullable String variant) {
    if (variant != null) {
      return LinkPolicy.media(variant);
    }
    return media ? LinkPolicy.media() : LinkPolicy.original();
  }

  static void print(PrintStream out, boolean json, ResolvedLink link) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("url", link.url());
    map.put("original_url", link.originalUrl());
    map.put("host", link.host());
    map.put("source", link.source().jsonName());
    map.put("variant", link.variant());
    map.put("expires_at", link.expiresAt() == null ? null : link.expiresAt().toString());
    map.put("file_id", link.fileId());
    map.put("size", link.size() < 0 ? null : link.size());
    map.put("hash", link.hash());
    if (json) {
      out.println(Json.write(map));
      return;
    }
    out.println(TerminalText.safe(link.url()));
    for (Map.Entry<String, @Nullable Object> e : map.entrySet()) {
      if (!e.getKey().equals("url") && !(e.getKey().equals("original_url") && link.originalUrl().equals(link.url()))) {
        out.printf("%-13s %s%n", e.getKey().replace('_', ' ') + ":",
            e.getValue() == null ? "-" : TerminalText.safe(String.valueOf(e.getValue())));
      }
    }
  }
}
