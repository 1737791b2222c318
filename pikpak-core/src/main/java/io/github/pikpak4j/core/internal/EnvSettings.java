package io.github.pikpak4j.core.internal;

import java.util.Map;
import java.util.function.Consumer;

/** Reads settings from an environment map; unset and empty variables count as absent. */
public final class EnvSettings {
  private final Map<String, String> env;

  /**
   * Wraps an environment.
   *
   * @param env the variables, e.g. {@link System#getenv()}
   */
  public EnvSettings(Map<String, String> env) {
    this.env = env;
  }

  /**
   * Passes the variable's value to the setter when it is set and not blank.
   *
   * @param name the variable
   * @param setter receives the trimmed value
   */
  public void ifSet(String name, Consumer<String> setter) {
    String v = env.get(name);
    if (v != null && !v.isBlank()) {
      setter.accept(v.trim());
    }
  }

  /**
   * Passes the value of the first set variable among {@code names} to the setter.
   *
   * @param setter receives the trimmed value
   * @param names the variables, in order of precedence
   */
  public void firstSet(Consumer<String> setter, String... names) {
    for (String name : names) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        setter.accept(v.trim());
        return;
      }
    }
  }
}
