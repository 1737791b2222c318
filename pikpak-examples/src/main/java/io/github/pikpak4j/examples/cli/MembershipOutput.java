package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.membership.DriveEvent;
import io.github.pikpak4j.core.membership.TransferAllowance;
import io.github.pikpak4j.core.membership.TransferQuota;
import io.github.pikpak4j.core.membership.VipStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Prints {@code pikpak vip} and {@code pikpak events}: text fields and tables, or one JSON object. */
final class MembershipOutput {
  private final PrintStream out;
  private final boolean json;

  MembershipOutput(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /** {@code vip}: {@code {"active","type","expires_at","transfer":{"offline"|"download"|"upload":{"total","used"}}}}. */
  void vip(VipStatus vip, TransferQuota quota) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("active", vip.active());
      map.put("type", vip.type());
      map.put("expires_at", time(vip.expires()));
      Map<String, @Nullable Object> transfer = new LinkedHashMap<>();
      transfer.put("offline", allowance(quota.offline()));
      transfer.put("download", allowance(quota.download()));
      transfer.put("upload", allowance(quota.upload()));
      map.put("transfer", transfer);
      out.println(Json.write(map));
      return;
    }
    TextLayout.field(out, "vip", vip.active() ? "active (" + TerminalText.safe(vip.type()) + ")" : "none");
    TextLayout.field(out, "expires", time(vip.expires()));
    TextLayout.field(out, "offline", used(quota.offline()));
    TextLayout.field(out, "download", used(quota.download()));
    TextLayout.field(out, "upload", used(quota.upload()));
  }

  /** {@code events}: JSON lines {@code {"id","type","file_id","file_name","folder_id","updated"}}, or a table. */
  void events(Page<DriveEvent> page) {
    if (json) {
      for (DriveEvent e : page.items()) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", e.id());
        map.put("type", e.type());
        map.put("file_id", e.fileId());
        map.put("file_name", e.fileName());
        map.put("folder_id", e.folderId());
        map.put("updated", time(e.updated()));
        out.println(Json.write(map));
      }
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"UPDATED", "TYPE", "FILE ID", "NAME"});
    for (DriveEvent e : page.items()) {
      String updated = time(e.updated());
      rows.add(new String[] {updated == null ? "-" : updated, TerminalText.safe(e.type()), TerminalText.safe(e.fileId()),
          TerminalText.safe(e.fileName())});
    }
    TextLayout.printTable(out, rows);
    if (page.items().isEmpty()) {
      out.println("(no events)");
    }
  }

  private static Map<String, @Nullable Object> allowance(TransferAllowance a) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("total", a.total());
    map.put("used", a.used());
    return map;
  }

  private static String used(TransferAllowance a) {
    return a.used() + " of " + a.total() + " (" + Output.humanSize(a.remaining()) + " left)";
  }

  private static @Nullable String time(@Nullable Instant t) {
    return t == null ? null : t.toString();
  }
}
