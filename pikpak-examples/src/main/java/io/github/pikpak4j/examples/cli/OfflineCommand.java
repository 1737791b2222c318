package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/**
 * {@code pikpak offline ...}: offline (cloud) download tasks: {@code add}, {@code ls}, {@code get},
 * {@code retry}, {@code rm} and {@code wait}.
 */
@Command(
    name = "offline",
    mixinStandardHelpOptions = true,
    description = "Offline (cloud) downloads: PikPak fetches magnet, ed2k and http(s) links into the drive.",
    subcommands = {
      OfflineAddCommand.class,
      OfflineLsCommand.class,
      OfflineGetCommand.class,
      OfflineRetryCommand.class,
      OfflineRmCommand.class,
      OfflineWaitCommand.class
    })
final class OfflineCommand extends GroupCommand {}
