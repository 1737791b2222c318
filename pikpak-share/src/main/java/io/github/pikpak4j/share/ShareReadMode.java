package io.github.pikpak4j.share;

/**
 * How share reads (open, list, file info, link) authenticate (protocol §9.1). Saving, creating,
 * listing one's own shares and deleting always need a signed-in account.
 */
public enum ShareReadMode {
  /** Anonymous when the client has no account (no credentials, no session), else signed in. */
  AUTO,
  /**
   * Without {@code Authorization}: a captcha token obtained with {@code user_id=""}, {@code
   * X-Client-Id}, {@code X-Device-Id} and the profile's User-Agent.
   */
  ANONYMOUS,
  /** With the account's bearer token, like every drive call. */
  SIGNED_IN
}
