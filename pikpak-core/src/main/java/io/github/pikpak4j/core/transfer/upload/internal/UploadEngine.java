package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.UploadApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.OssParams;
import io.github.pikpak4j.api.model.UploadRequest;
import io.github.pikpak4j.api.model.UploadResponse;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;
import io.github.pikpak4j.core.hash.ContentSizeMismatchException;
import io.github.pikpak4j.core.hash.Gcid;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.upload.SourceChangedException;
import io.github.pikpak4j.core.transfer.upload.UploadCancelledException;
import io.github.pikpak4j.core.transfer.upload.UploadException;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadProgress;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import io.github.pikpak4j.core.transfer.upload.Uploads;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload engine behind {@link Uploads}: validation, GCID, the create call (under the facade's
 * executor and {@link AmbiguousWrites}: after a failure that leaves its fate unknown, the entry is
 * looked up by name, size and GCID before the create is sent again), the OSS transfer and the
 * confirmation through the drive API. An upload that fails for good removes the entry it created:
 * every failure except a cancellation and a failure whose session is saved to a file (both can be
 * resumed).
 */
public final class UploadEngine implements Uploads {
  private static final Logger LOG = LoggerFactory.getLogger(UploadEngine.class);

  private final UploadApi uploadApi;
  private final DriveApi driveApi;
  private final CallExecutor executor;
  private final OkHttpClient ossHttp;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final UploadLeftovers leftovers;
  private final UnaryOperator<String> folderIds;

  /**
   * Creates the engine.
   *
   * @param uploadApi the create call
   * @param driveApi for folder checks and confirmation
   * @param executor runs API calls under the facade's retry policy and rate limit
   * @param baseClient the facade's base client, WITHOUT the PikPak auth interceptor (OSS requests
   *     must carry no bearer or captcha token)
   * @param policy attempts and backoff of each OSS part
   * @param sleeper waits between part attempts
   * @param clock the clock of the OSS {@code Date} header
   * @param folderIds turns a drive path ({@code /a/b}) or an {@code id:<ID>} reference into the folder's id, failing
   *     with {@code NotFoundException} when it names no folder
   */
  public UploadEngine(
      UploadApi uploadApi,
      DriveApi driveApi,
      CallExecutor executor,
      OkHttpClient baseClient,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock,
      UnaryOperator<String> folderIds) {
    this.uploadApi = uploadApi;
    this.driveApi = driveApi;
    this.executor = executor;
    this.ossHttp = baseClient;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.leftovers = new UploadLeftovers(driveApi, executor);
    this.folderIds = folderIds;
  }

  @Override
  public UploadResult upload(Path file, String folder) {
    return upload(file, folder, UploadOptions.defaults());
  }

  @Override
  public UploadResult upload(Path file, String folder, UploadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(options, "options");
    LocalFile local = LocalFile.inspect(file);
    // a drive path or id: reference, as downloads take; a bare id as before (ids never start with '/' or "id:")
    String parentId = folder.startsWith("/") || folder.startsWith("id:") ? folderIds.apply(folder) : folder;
    String name = options.name() != null ? options.name() : local.path().getFileName().toString();
    checkNotCancelled(options);
    if (!parentId.isEmpty()) {
      checkFolder(parentId);
    }
    notify(options, UploadProgress.Phase.HASHING, 0, local.size());
    String gcid = options.gcid() != null ? options.gcid() : hash(local, options);
    local.checkUnchanged();
    checkNotCancelled(options);
    notify(options, UploadProgress.Phase.CREATING, 0, local.size());
    if (options.replaceUnfinished()) {
      leftovers.removeUnfinished(parentId, name, local.size(), gcid);
    }
    UploadResponse r =
        AmbiguousWrites.send(
            executor,
            uploadApi.create(UploadRequest.of(parentId, name, local.size(), gcid)),
            answer -> answer,
            () -> leftovers.afterLostCreate(parentId, name, local.size(), gcid));
    DriveFile created = r.file();
    if (created == null || created.id().isEmpty()) {
      throw new InvalidResponseException("the upload create answer has no file");
    }
    if (r.isInstant()) {
      LOG.debug("instant upload of {} as {}", local.path(), created.id());
      notify(options, UploadProgress.Phase.DONE, local.size(), local.size());
      return new UploadResult(toEntry(created), name, true, 0, 0);
    }
    OssParams p = Objects.requireNonNull(Objects.requireNonNull(r.resumable()).params());
    long partSize = local.size() > options.simpleUploadThreshold()
        ? PartPlan.partSize(local.size(), options.partSize()) : 0;
    UploadSession session =
        new UploadSession(local.path(), local.size(), local.modifiedMillis(), name, parentId, gcid, created.id(),
            p.endpoint(), p.bucket(), p.key(), p.accessKeyId(), p.accessKeySecret(), p.securityToken(),
            p.expiration(), partSize, "", List.of());
    try {
      return transfer(session, local, options);
    } catch (RuntimeException e) {
      if (!resumable(e, options)) {
        leftovers.removeAfterFailure(created.id(), e);
      }
      throw e;
    }
  }

  /**
   * Whether a failed upload is left to be resumed: the failure carries its session, and the session is saved to a
   * file or the caller cancelled (and holds the session to resume in this process). Any other failure is for good.
   */
  private static boolean resumable(RuntimeException e, UploadOptions options) {
    return e instanceof UploadException u
        && u.session().isPresent()
        && (options.sessionFile() != null || e instanceof UploadCancelledException);
  }

  @Override
  public UploadResult resume(UploadSession session, UploadOptions options) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(options, "options");
    LocalFile local = LocalFile.inspect(session.file());
    if (local.size() != session.size() || local.modifiedMillis() != session.modifiedMillis()) {
      throw new SourceChangedException(
          session.file() + " changed since the upload session was saved; start a new upload", null);
    }
    DriveFile f = fileOrGone(session);
    if (UploadResponse.PHASE_COMPLETE.equals(f.phase())) {
      deleteSessionFile(options);
      return new UploadResult(toEntry(f), session.name(), false, 0, 0);
    }
    if (session.expiration() != null && !clock.instant().isBefore(session.expiration())) {
      throw new UploadException(
          "the upload credentials of this session expired at " + session.expiration() + "; start a new upload",
          null, null);
    }
    return transfer(session, local, options);
  }

  private UploadResult transfer(UploadSession session, LocalFile local, UploadOptions options) {
    OssClient oss = new OssClient(ossHttp, clock, session);
    Transfer t = new Transfer(oss, policy, sleeper, options, local, session);
    try {
      t.send();
    } catch (Transfer.UploadGoneException gone) {
      DriveFile f = fileOrGone(t.session());
      if (UploadResponse.PHASE_COMPLETE.equals(f.phase())) {
        return done(t, f, options);
      }
      throw new UploadException(
          "OSS no longer knows this multipart upload (aborted or expired); start a new upload", null, gone.getCause());
    }
    t.notify(UploadProgress.Phase.COMPLETING, true);
    try {
      t.complete();
    } catch (OssCallException e) {
      // Never replayed: the drive tells whether the completion landed.
      DriveFile f = fileOrGone(t.session());
      if (UploadResponse.PHASE_COMPLETE.equals(f.phase())) {
        LOG.debug("completion answered {}, but the file is complete", e.status);
        return done(t, f, options);
      }
      throw t.failure(e);
    }
    DriveFile f = fileOrGone(t.session());
    if (f.size() != local.size()) {
      throw new UploadException(
          "the drive reports " + f.size() + " bytes for the uploaded file, not " + local.size(), t.session(), null);
    }
    return done(t, f, options);
  }

  private UploadResult done(Transfer t, DriveFile f, UploadOptions options) {
    deleteSessionFile(options);
    t.notify(UploadProgress.Phase.DONE, true);
    UploadSession s = t.session();
    return new UploadResult(toEntry(f), s.name(), false, t.bytesSent(), t.requestsSent());
  }

  private DriveFile fileOrGone(UploadSession s) {
    try {
      return executor.execute(driveApi.getFile(s.fileId(), null, null, null));
    } catch (NotFoundException e) {
      throw new UploadException(
          "the drive file of this upload (" + s.fileId() + ") no longer exists; start a new upload", null, e);
    }
  }

  private void checkFolder(String parentId) {
    DriveFile folder = executor.execute(driveApi.getFile(parentId, null, null, null));
    if (!folder.isFolder()) {
      throw new InvalidInputException("the target " + parentId + " (" + folder.name() + ") is not a folder");
    }
    if (folder.trashed()) {
      throw new NotFoundException("the target folder " + folder.name() + " is in the trash");
    }
  }

  private static String hash(LocalFile local, UploadOptions options) {
    try {
      return Gcid.of(local.path(), options.gcidRule(), options.hashThreads());
    } catch (ContentSizeMismatchException e) {
      throw new SourceChangedException(local.path() + " changed size while it was hashed: " + e.getMessage(), e);
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
      throw new UploadCancelledException(null);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + local.path() + ": " + e.getMessage());
    }
  }

  private static void checkNotCancelled(UploadOptions options) {
    Cancellation t = options.cancellation();
    if ((t != null && t.isCancelled()) || Thread.currentThread().isInterrupted()) {
      throw new UploadCancelledException(null);
    }
  }

  private static void notify(UploadOptions o, UploadProgress.Phase phase, long done, long total) {
    try {
      o.progress().onProgress(new UploadProgress(phase, done, total));
    } catch (RuntimeException e) {
      LOG.warn("upload listener failed", e);
    }
  }

  private static void deleteSessionFile(UploadOptions options) {
    Path f = options.sessionFile();
    if (f != null) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        LOG.warn("cannot delete the upload session file {}: {}", f, e.toString());
      }
    }
  }

  static FileEntry toEntry(DriveFile f) {
    FileKind kind = f.isFolder() ? FileKind.FOLDER : FileKind.FILE;
    String hash = f.hash() == null || f.hash().isEmpty() ? null : f.hash();
    return new FileEntry(f.id(), f.name(), kind, kind == FileKind.FOLDER ? 0 : f.size(), hash,
        f.parentId() == null ? "" : f.parentId(), f.createdTime(), f.modifiedTime(), f.mimeType(), f.trashed(),
        f.starred());
  }
}
