package io.github.pikpak4j.testkit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The listing {@code filters} grammar (protocol section 5.3): {@code {field: {op: value}}}, all
 * entries ANDed. Known fields are checked strictly (an array for {@code in} is an error, as on the
 * real server); unknown fields are ignored. Without a {@code trashed} filter, trashed entries are
 * hidden.
 */
final class FileFilter implements Predicate<DriveNode> {
  private Predicate<DriveNode> predicate = n -> true;
  private boolean trashedGiven;
  private boolean trashedValue;

  static FileFilter parse(String filtersJson) {
    FileFilter f = new FileFilter();
    if (filtersJson.isBlank()) {
      f.require(n -> !n.trashed);
      return f;
    }
    Map<String, Object> root = Json.parseObject(filtersJson, "filters");
    for (Map.Entry<String, Object> e : root.entrySet()) {
      String field = e.getKey();
      if (!(e.getValue() instanceof Map)) {
        throw ApiFailure.invalidArgument("filters." + field + " must be an object");
      }
      for (Map.Entry<?, ?> opEntry : ((Map<?, ?>) e.getValue()).entrySet()) {
        f.add(field, (String) opEntry.getKey(), opEntry.getValue());
      }
    }
    if (!f.trashedGiven) {
      f.require(n -> !n.trashed);
    }
    return f;
  }

  boolean trashedOnly() {
    return trashedGiven && trashedValue;
  }

  @Override
  public boolean test(DriveNode n) {
    return predicate.test(n);
  }

  private void require(Predicate<DriveNode> p) {
    predicate = predicate.and(p);
  }

  private void add(String field, String op, Object value) {
    String where = "filters." + field + "." + op;
    switch (field) {
      case "trashed":
      case "starred":
        {
          requireOp(where, op, "eq");
          if (!(value instanceof Boolean)) {
            throw ApiFailure.invalidArgument(where + " must be a boolean");
          }
          boolean b = (Boolean) value;
          if (field.equals("trashed")) {
            trashedGiven = true;
            trashedValue = b;
            require(n -> n.trashed == b);
          } else {
            require(n -> n.starred == b);
          }
          return;
        }
      case "phase":
        {
          String s = requireString(where, value);
          if (op.equals("eq")) {
            require(n -> n.phase.equals(s));
          } else if (op.equals("in")) {
            List<String> set = Http.splitComma(s);
            require(n -> set.contains(n.phase));
          } else {
            throw ApiFailure.invalidArgument(where + ": unsupported operator");
          }
          return;
        }
      case "kind":
        {
          requireOp(where, op, "eq");
          String s = requireString(where, value);
          require(n -> n.kind.equals(s));
          return;
        }
      case "system_tag":
        {
          requireOp(where, op, "in");
          List<String> tags = Http.splitComma(requireString(where, value));
          if (tags.contains("STAR")) {
            require(n -> n.starred);
          }
          return;
        }
      case "modified_time":
        {
          Instant t = parseTime(where, requireString(where, value));
          if (op.equals("gt")) {
            require(n -> n.modifiedTime.isAfter(t));
          } else if (op.equals("lt")) {
            require(n -> n.modifiedTime.isBefore(t));
          } else {
            throw ApiFailure.invalidArgument(where + ": unsupported operator");
          }
          return;
        }
      default:
        // Unknown fields are ignored, as the server does not document its full field list.
    }
  }

  private static void requireOp(String where, String op, String expected) {
    if (!op.equals(expected)) {
      throw ApiFailure.invalidArgument(where + ": unsupported operator");
    }
  }

  private static String requireString(String where, Object value) {
    if (!(value instanceof String)) {
      throw ApiFailure.invalidArgument(where + " must be a string (comma-separated for in)");
    }
    return (String) value;
  }

  private static Instant parseTime(String where, String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiFailure.invalidArgument(where + " must be an RFC 3339 time");
    }
  }
}
