package io.github.pikpak4j.testkit;

/**
 * One request the emulator accepted, as PikPak would, although it departs from the strict protocol form (the form
 * PikPak's own apps send and pikpak4j holds itself to). The emulator answers such requests normally and records them
 * here; read them with {@link PikPakEmulator#deviations()}.
 *
 * @param rule what the request departs from: one of the {@code RULE_*} constants of this record
 * @param method the HTTP method of the request
 * @param path the request path, without query
 * @param detail a short explanation; never a secret (no token, password or captcha value)
 */
public record Deviation(String rule, String method, String path, String detail) {
  /** An authenticated call outside the share reads sent no {@code X-Client-Id} (share reads are refused without). */
  public static final String RULE_CLIENT_ID_MISSING = "client-id-missing";

  /** The User-Agent is missing, a library default, or not of the client id's platform. */
  public static final String RULE_USER_AGENT = "user-agent";

  /** A drive call that PikPak accepts without a captcha token sent none (PikPak's apps send one on every call). */
  public static final String RULE_CAPTCHA_TOKEN_MISSING = "captcha-token-missing";

  /** Create folder with {@code "parent_id": null} for the root (PikPakAPI); the strict form is {@code ""}. */
  public static final String RULE_NULL_PARENT = "null-parent-id";

  /** Move or copy with {@code "to": {}} for the root (PikPakAPI); the strict form is {@code {"parent_id": ""}}. */
  public static final String RULE_EMPTY_TO = "empty-to";
}
