package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.share.ShareLink;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.share.ShareLinkChoice;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak share link SHARE FILE_ID [--pass-code CODE] [--transcode | --variant NAME]}: resolves
 * a shared file's link. By default the original bytes (shared video originals often play only 40 to
 * 50 %); {@code --transcode} picks the full transcoded rendition.
 */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Resolves a shared file's link.")
final class ShareLinkCommand extends ShareSubcommand {
  @Parameters(index = "0", paramLabel = "SHARE", description = "Share URL or share id.")
  String share = "";

  @Parameters(index = "1", paramLabel = "FILE_ID", description = "The file's id inside the share (see share ls).")
  String file = "";

  @Option(names = "--pass-code", paramLabel = "CODE", description = "The pass code (overrides ?pwd= of the URL).")
  @Nullable String passCode;

  @Option(names = "--transcode",
      description = "The full transcoded rendition (plays to the end) instead of the original bytes.")
  boolean transcode;

  @Option(names = "--variant", paramLabel = "NAME", description = "A rendition by resolution, e.g. 720P.")
  @Nullable String variant;

  private @Nullable ShareLink link;

  @Override
  void validate() {
    link = link(share, passCode);
    fileId(file);
    if (transcode && variant != null) {
      throw new InvalidInputException("give either --transcode or --variant, not both");
    }
  }

  @Override
  boolean printsLink() {
    return true;
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    TranscodePolicy policy =
        variant != null
            ? TranscodePolicy.resolution(variant)
            : transcode ? TranscodePolicy.TRANSCODED : TranscodePolicy.ORIGINAL;
    ShareLinkChoice choice = connection.client().shares().open(Objects.requireNonNull(link)).link(file, policy);
    output.link(choice, connection.client().cdn().rewrite(choice.url(), choice.size().orElse(-1)));
  }
}
