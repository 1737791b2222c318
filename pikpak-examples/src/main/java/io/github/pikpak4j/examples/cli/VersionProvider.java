package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the program version from the jar manifest ({@code dev} when run from classes). */
public final class VersionProvider implements IVersionProvider {
  /** Creates the provider (picocli instantiates it). */
  public VersionProvider() {}

  @Override
  public String[] getVersion() {
    String v = PikPakCommand.class.getPackage().getImplementationVersion();
    return new String[] {"pikpak (pikpak4j) " + (v == null ? "dev" : v)};
  }
}
