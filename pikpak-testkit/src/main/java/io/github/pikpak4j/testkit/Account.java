package io.github.pikpak4j.testkit;

import java.time.Instant;

/** An emulated account. The password is never shown by {@link #toString()}. */
record Account(String userId, String username, String password, Instant createdAt) {

  boolean isEmail() {
    return username.matches("\\w+([-+.]\\w+)*@\\w+([-.]\\w+)*\\.\\w+([-.]\\w+)*");
  }

  boolean isPhone() {
    return !isEmail() && username.matches("\\+?[0-9 ]{11,18}");
  }

  boolean matches(String name) {
    return isEmail() ? username.equalsIgnoreCase(name.trim()) : username.equals(name.trim());
  }

  @Override
  public String toString() {
    return "Account[" + userId + "]";
  }
}
