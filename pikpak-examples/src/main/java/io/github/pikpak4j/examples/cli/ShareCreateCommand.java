package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.share.CreateShareOptions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak share create PATH... [--pass-code CODE | --random-pass-code] [--days N]}: shares
 * drive files or folders; public and never expiring by default.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Shares drive files or folders.")
final class ShareCreateCommand extends ShareSubcommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Drive paths or id:<ID>.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--pass-code", paramLabel = "CODE", description = "Your pass code: 4 to 10 letters or digits.")
  @Nullable String passCode;

  @Option(names = "--random-pass-code", description = "A pass code chosen by PikPak.")
  boolean randomPassCode;

  @Option(names = "--days", paramLabel = "N", description = "Expire after N days (default never).")
  @Nullable Integer days;

  @Override
  void validate() {
    if (passCode != null && randomPassCode) {
      throw new InvalidInputException("give either --pass-code or --random-pass-code, not both");
    }
    options(List.of("placeholder")); // checks the pass code and days before any request
  }

  private CreateShareOptions options(List<String> ids) {
    CreateShareOptions.Builder b = CreateShareOptions.builder(ids);
    if (passCode != null) {
      b.passCode(passCode);
    } else if (randomPassCode) {
      b.randomPassCode();
    }
    if (days != null) {
      b.expiresInDays(days);
    }
    return b.build();
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    List<String> ids = new ArrayList<>();
    for (String path : paths) {
      ids.add(connection.client().files().resolve(path).id());
    }
    output.created(connection.client().shares().create(options(ids)));
  }
}
