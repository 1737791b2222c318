package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/**
 * {@code pikpak share ...}: reads other people's shares ({@code ls}, {@code link}, {@code save})
 * and manages the user's own ({@code create}, {@code mine}, {@code rm}). A {@code SHARE} argument is
 * a share URL ({@code https://mypikpak.com/s/<id>[/<folder>][?pwd=<code>]}) or a bare share id.
 */
@Command(
    name = "share",
    mixinStandardHelpOptions = true,
    description = "Share links: list, link and save other people's shares; create, list and remove your own.",
    subcommands = {
      ShareLsCommand.class,
      ShareLinkCommand.class,
      ShareGetCommand.class,
      ShareSaveCommand.class,
      ShareCreateCommand.class,
      ShareMineCommand.class,
      ShareRmCommand.class
    })
final class ShareCommand extends GroupCommand {}
