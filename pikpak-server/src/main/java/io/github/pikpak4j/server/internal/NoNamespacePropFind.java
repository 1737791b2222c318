package io.github.pikpak4j.server.internal;

import io.milton.http.XmlWriter;
import io.milton.http.values.ValueWriters;
import io.milton.http.webdav.PropFindResponse;
import io.milton.http.webdav.PropFindXmlFooter;
import io.milton.http.webdav.PropFindXmlGenerator;
import io.milton.http.webdav.PropFindXmlGeneratorHelper;
import io.milton.http.webdav.WebDavProtocol;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * Milton's PROPFIND answer, with the namespace prefixes decided here so that every property is written in its own
 * namespace (litmus {@code props}: a property in no namespace, and properties answered 404).
 *
 * <p>Milton's own writer gives a prefix to each namespace of the found properties only, the empty one included:
 * {@code xmlns:ns1=""}, which XML 1.0 namespaces forbid, so a client's parser refused the whole answer; and a property
 * answered 404 in a namespace no found property used was written without any prefix, in no namespace. Here the
 * prefixes cover the found and the missing properties, and the empty namespace gets none: Milton declares no default
 * namespace, so an element written without a prefix is in no namespace. The responses themselves are still written by
 * Milton ({@link PropFindXmlGeneratorHelper#appendResponse}).
 */
final class NoNamespacePropFind extends PropFindXmlGenerator {
  private final PropFindXmlGeneratorHelper helper;

  NoNamespacePropFind(ValueWriters valueWriters) {
    super(valueWriters);
    this.helper = new PropFindXmlGeneratorHelper(valueWriters);
  }

  @Override
  public void generate(List<PropFindResponse> responses, OutputStream out, boolean writeErrorProps,
      @Nullable PropFindXmlFooter footer) {
    Map<String, String> prefixes = prefixes(responses);
    StringBuilder declarations = new StringBuilder();
    prefixes.forEach((uri, prefix) -> declarations.append(" xmlns:").append(prefix).append("=\"")
        .append(HtmlListing.escape(uri)).append('"'));
    String dav = WebDavProtocol.NS_DAV.getPrefix();
    XmlWriter writer = new XmlWriter(out);
    writer.writeXMLHeader();
    writer.open(dav, "multistatus" + declarations);
    writer.newLine();
    for (PropFindResponse response : responses) {
      helper.appendResponse(writer, response, prefixes, writeErrorProps);
    }
    if (footer != null) {
      footer.footer(writer);
    }
    writer.close(dav, "multistatus");
    writer.flush();
  }

  /** Namespace URI to prefix: DAV: as Milton names it, then {@code ns1}, {@code ns2}... in order of first use. */
  static Map<String, String> prefixes(List<PropFindResponse> responses) {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put(WebDavProtocol.NS_DAV.getName(), WebDavProtocol.NS_DAV.getPrefix());
    for (PropFindResponse response : responses) {
      if (response.getKnownProperties() != null) {
        response.getKnownProperties().keySet().forEach(name -> add(prefixes, name));
      }
      if (response.getErrorProperties() != null) {
        response.getErrorProperties().values().forEach(list -> list.forEach(e -> add(prefixes, e.getName())));
      }
    }
    return prefixes;
  }

  private static void add(Map<String, String> prefixes, QName name) {
    String uri = name.getNamespaceURI();
    if (!uri.isEmpty() && !prefixes.containsKey(uri)) {
      prefixes.put(uri, "ns" + prefixes.size());
    }
  }
}
