package io.github.pikpak4j.offline;

/** Task bodies as the server writes them (file_size as an int-string, +08:00 times). */
final class TaskJson {
  private TaskJson() {}

  static String task(String id, String phase, int progress, String message, String fileId) {
    return "{\"kind\":\"drive#task\",\"id\":\"" + id + "\",\"name\":\"ubuntu.iso\",\"type\":\"offline\","
        + "\"user_id\":\"u1\",\"statuses\":[],\"status_size\":1,"
        + "\"params\":{\"age\":\"0\",\"predict_speed\":\"0\",\"predict_type\":\"2\",\"url\":\"https://example.com/ubuntu.iso\"},"
        + "\"file_id\":\"" + fileId + "\",\"file_name\":\"ubuntu.iso\",\"file_size\":\"4096\","
        + "\"message\":\"" + message + "\",\"created_time\":\"2025-04-01T10:00:00.000+08:00\","
        + "\"updated_time\":\"2025-04-01T10:00:05.000+08:00\",\"third_task_id\":\"\","
        + "\"phase\":\"PHASE_TYPE_" + phase + "\",\"progress\":" + progress + ",\"icon_link\":\"\","
        + "\"callback\":\"\",\"reference_resource\":null,\"space\":\"\"}";
  }

  static String task(String id, String phase, int progress) {
    return task(id, phase, progress, "", phase.equals("COMPLETE") ? "VNfile" + id : "");
  }

  static String file(String id) {
    return "{\"kind\":\"drive#file\",\"id\":\"" + id + "\",\"name\":\"ubuntu.iso\",\"parent_id\":\"VNpack\","
        + "\"size\":\"4096\",\"hash\":\"ABCDEF\",\"mime_type\":\"application/octet-stream\",\"phase\":\"PHASE_TYPE_COMPLETE\"}";
  }
}
