package io.github.pikpak4j.core.files;

/** Whether a drive entry is a file or a folder. */
public enum FileKind {
  /** A regular file ({@code drive#file}). */
  FILE,
  /** A folder ({@code drive#folder}). */
  FOLDER;

  private final String jsonName = name().toLowerCase(java.util.Locale.ROOT);

  /** {@return the lower-case name used in the CLI's JSON ({@code "file"} or {@code "folder"})} */
  public String jsonName() {
    return jsonName;
  }
}
