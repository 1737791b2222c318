package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.share.ShareLink;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the {@code share} subcommands: validates the arguments (a malformed share link or id
 * fails with exit code 2 before any request), opens the client, runs, closes it.
 */
abstract class ShareSubcommand implements Callable<Integer> {
  private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  @ParentCommand @Nullable ShareCommand parent;

  @Override
  public final Integer call() {
    if (parent == null) {
      throw new IllegalStateException("not run under the share command");
    }
    PikPakCommand r = parent.root();
    validate();
    try (ClientFactory.Connection connection = ClientFactory.open(r.settings(), r.err())) {
      run(connection, new ShareOutput(r.out(), r.json));
      if (printsLink()) {
        ClientFactory.noteLink(connection, r.err());
      }
    }
    return ErrorReporter.EXIT_OK;
  }

  /** Whether the command prints a download link (default false). */
  boolean printsLink() {
    return false;
  }

  /** Checks the arguments before any request; throws {@link InvalidInputException}. */
  abstract void validate();

  /**
   * Does the command's work.
   *
   * @param connection the open client
   * @param output the result printer
   */
  abstract void run(ClientFactory.Connection connection, ShareOutput output);

  /** Parses a SHARE argument, applying {@code --pass-code} when given. */
  static ShareLink link(String share, @Nullable String passCode) {
    ShareLink link = ShareLink.parse(share);
    return passCode == null ? link : link.withPassCode(passCode);
  }

  /** Checks a shared file id. */
  static String fileId(String id) {
    if (!FILE_ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "not a shared file id: ids are 1 to 128 letters, digits, _ or - (see pikpak share ls)");
    }
    return id;
  }
}
