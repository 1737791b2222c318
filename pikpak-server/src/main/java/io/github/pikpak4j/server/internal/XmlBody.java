package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.InvalidInputException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads a PROPFIND or PROPPATCH body (at most {@link #MAX_BODY} bytes) and checks that it is well-formed,
 * namespace-valid XML with no DOCTYPE (RFC 4918 wants 400 otherwise), then hands Milton a request that replays the
 * same bytes. Milton does the WebDAV parsing; this only refuses what is not XML at all.
 */
final class XmlBody {
  /** The largest XML body accepted: 1 MiB. */
  static final int MAX_BODY = 1 << 20;

  private XmlBody() {}

  /**
   * A checked body.
   *
   * @param request the request replaying the same bytes
   * @param document the parsed body, or {@code null} when it was empty
   */
  record Checked(HttpServletRequest request, @Nullable Document document) {}

  static Checked checked(HttpServletRequest req) throws IOException {
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      throw new InvalidInputException("the XML body is larger than " + MAX_BODY + " bytes");
    }
    Document document = null;
    if (body.length > 0) {
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        document = builder.parse(new ByteArrayInputStream(body));
      } catch (SAXException e) {
        throw new InvalidInputException("the request body is not well-formed XML");
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
      }
    }
    return new Checked(new HttpServletRequestWrapper(req) {
      @Override
      public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
          @Override
          public boolean isFinished() {
            return in.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("blocking reads only");
          }

          @Override
          public int read() {
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
          }
        };
      }
    }, document);
  }
}
