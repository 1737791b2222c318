package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.UploadResponse;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drive entries an upload leaves behind: found by name, size and GCID in the target folder (any phase, not
 * trashed), so that a create whose answer was lost is not made twice and a failed or abandoned upload does not keep
 * holding its name with a half-made file.
 */
final class UploadLeftovers {
  private static final Logger LOG = LoggerFactory.getLogger(UploadLeftovers.class);
  /** Every entry not in the trash, whatever its phase: an unfinished upload is {@code PHASE_TYPE_RUNNING}. */
  private static final String FILTER_NOT_TRASHED = "{\"trashed\":{\"eq\":false}}";
  private static final int PAGE_SIZE = 100;

  private final DriveApi drive;
  private final CallExecutor executor;

  UploadLeftovers(DriveApi drive, CallExecutor executor) {
    this.drive = drive;
    this.executor = executor;
  }

  /**
   * The look-up of an upload create whose fate is unknown: a complete entry of that content is the create's effect
   * (an instant upload, answered as one); unfinished ones carry no usable upload credentials, so they are removed and
   * the create is sent again.
   */
  Optional<UploadResponse> afterLostCreate(String parentId, String name, long size, String gcid) {
    List<DriveFile> same = sameContent(parentId, name, size, gcid);
    Optional<DriveFile> complete = same.stream().filter(UploadLeftovers::complete).findFirst();
    if (complete.isPresent()) {
      return Optional.of(new UploadResponse(null, null, complete.get()));
    }
    remove(same.stream().map(DriveFile::id).toList());
    return Optional.empty();
  }

  /** Removes the unfinished entries of that content (see {@code UploadOptions.replaceUnfinished}). */
  void removeUnfinished(String parentId, String name, long size, String gcid) {
    remove(sameContent(parentId, name, size, gcid).stream().filter(f -> !complete(f)).map(DriveFile::id).toList());
  }

  /**
   * Removes the entry of an upload that failed for good; a failure to remove it is attached to the upload's failure
   * as suppressed, never thrown instead of it.
   */
  void removeAfterFailure(String fileId, Throwable failure) {
    try {
      remove(List.of(fileId));
    } catch (PikPakException e) {
      failure.addSuppressed(e);
    }
  }

  private void remove(List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    LOG.debug("removing {} unfinished upload entr(ies)", ids.size());
    executor.execute(drive.batchDelete(BatchRequest.of(ids)));
  }

  private List<DriveFile> sameContent(String parentId, String name, long size, String gcid) {
    String hash = gcid.toUpperCase(Locale.ROOT);
    AutoPager<DriveFile> all = new AutoPager<>(token -> page(parentId, token));
    return all.stream()
        .filter(f -> !f.isFolder() && f.name().equals(name) && f.size() == size)
        .filter(f -> f.hash() != null && f.hash().toUpperCase(Locale.ROOT).equals(hash))
        .toList();
  }

  private Page<DriveFile> page(String parentId, String token) {
    FileList list = executor.execute(drive.listFiles(parentId, PAGE_SIZE, token, FILTER_NOT_TRASHED, null, false));
    return new Page<>(list.files(), list.nextPageToken());
  }

  private static boolean complete(DriveFile f) {
    return UploadResponse.PHASE_COMPLETE.equals(f.phase());
  }
}
