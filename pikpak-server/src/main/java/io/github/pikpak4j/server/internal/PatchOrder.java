package io.github.pikpak4j.server.internal;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The outcome RFC 4918 gives a PROPPATCH: its {@code set} and {@code remove} instructions apply in document order, so
 * for each property only the last instruction counts. Milton applies all sets, then all removes; the dead-property
 * store consults this (for the request being handled on this thread) and ignores an instruction a later one
 * overrides.
 */
final class PatchOrder {
  private static final String DAV = "DAV:";
  private static final ThreadLocal<@Nullable Map<QName, Boolean>> CURRENT = new ThreadLocal<>();

  private PatchOrder() {}

  /** Reads, for each property the body names, whether its last instruction is a set ({@code true}) or a remove. */
  static Map<QName, Boolean> of(@Nullable Document body) {
    Map<QName, Boolean> last = new HashMap<>();
    if (body == null) {
      return last;
    }
    for (Node op = body.getDocumentElement().getFirstChild(); op != null; op = op.getNextSibling()) {
      if (op instanceof Element e && DAV.equals(e.getNamespaceURI())
          && ("set".equals(e.getLocalName()) || "remove".equals(e.getLocalName()))) {
        boolean set = "set".equals(e.getLocalName());
        for (Node prop = e.getFirstChild(); prop != null; prop = prop.getNextSibling()) {
          if (prop instanceof Element p && DAV.equals(p.getNamespaceURI()) && "prop".equals(p.getLocalName())) {
            for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
              if (n instanceof Element named) {
                String ns = named.getNamespaceURI();
                last.put(new QName(ns == null ? "" : ns, named.getLocalName()), set);
              }
            }
          }
        }
      }
    }
    return last;
  }

  static void begin(Map<QName, Boolean> order) {
    CURRENT.set(order);
  }

  static void end() {
    CURRENT.remove();
  }

  /** Whether an instruction on {@code name} ({@code set} or remove) is overridden by a later one in this request. */
  static boolean overridden(QName name, boolean set) {
    Map<QName, Boolean> order = CURRENT.get();
    Boolean last = order == null ? null : order.get(name);
    return last != null && last != set;
  }
}
