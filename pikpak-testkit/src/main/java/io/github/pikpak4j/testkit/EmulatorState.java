package io.github.pikpak4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The emulator's shared server-side state, used by all handlers. */
final class EmulatorState {
  final EmulatorClock clock;
  final CaptchaTokens captcha;
  final AuthTokens tokens;
  final CdnLinks links = new CdnLinks();
  final PageTokens pageTokens = new PageTokens();
  final EmulatedOffline offline = new EmulatedOffline(this);
  final ConcurrentHashMap<String, ContentSource> cdnObjects = new ConcurrentHashMap<>();
  final List<Account> accounts = new CopyOnWriteArrayList<>();
  final Map<String, EmulatedDrive> drives = new ConcurrentHashMap<>();
  final RequestJournal journal = new RequestJournal();
  final RequestJournal cdnJournal = new RequestJournal();
  final DeviationJournal deviations = new DeviationJournal();
  final ApiFaults faults = new ApiFaults();
  final CdnFaults cdnFaults = new CdnFaults();
  final DriveFaults driveFaults = new DriveFaults();
  final UploadStore uploads = new UploadStore();
  final BatchTasks batchTasks = new BatchTasks();
  final EmulatedShares shares = new EmulatedShares(this);
  final EmulatedMembership membership;
  final EmulatedResources resources = new EmulatedResources();
  final int pageSizeCap;
  final Duration linkTtl;
  final int captchaErrorStatus;
  volatile boolean humanVerification;
  volatile String userBaseUrl = "";

  EmulatorState(
      Clock base,
      int pageSizeCap,
      Duration captchaTtl,
      Duration accessTtl,
      Duration linkTtl,
      int captchaErrorStatus) {
    this.clock = new EmulatorClock(base);
    this.captcha = new CaptchaTokens(clock, captchaTtl);
    this.tokens = new AuthTokens(clock, accessTtl);
    this.membership = new EmulatedMembership(clock);
    this.pageSizeCap = pageSizeCap;
    this.linkTtl = linkTtl;
    this.captchaErrorStatus = captchaErrorStatus;
  }

  synchronized String addAccount(String username, String password) {
    if (username.isBlank() || password.isEmpty()) {
      throw new IllegalArgumentException("username and password must not be empty");
    }
    if (findAccount(username) != null) {
      throw new IllegalArgumentException("account exists already");
    }
    String userId = "Z" + Ids.fileId("user:" + username.trim().toLowerCase()).substring(2, 17);
    accounts.add(new Account(userId, username.trim(), password, clock.instant()));
    drives.put(userId, new EmulatedDrive(userId, clock, cdnObjects));
    return userId;
  }

  @Nullable Account findAccount(String username) {
    for (Account a : accounts) {
      if (a.matches(username)) {
        return a;
      }
    }
    return null;
  }

  @Nullable Account accountById(String userId) {
    for (Account a : accounts) {
      if (a.userId().equals(userId)) {
        return a;
      }
    }
    return null;
  }

  EmulatedDrive drive(String userId) {
    EmulatedDrive d = drives.get(userId);
    if (d == null) {
      throw new IllegalArgumentException("no such user: " + userId);
    }
    return d;
  }
}
