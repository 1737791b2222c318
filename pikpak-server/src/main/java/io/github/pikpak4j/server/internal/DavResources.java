package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import io.milton.http.Auth;
import io.milton.http.Range;
import io.milton.http.Request;
import io.milton.http.ResourceFactory;
import io.milton.http.exceptions.BadRequestException;
import io.milton.http.exceptions.ConflictException;
import io.milton.http.exceptions.NotAuthorizedException;
import io.milton.resource.CollectionResource;
import io.milton.resource.CopyableResource;
import io.milton.resource.DeletableResource;
import io.milton.resource.GetableResource;
import io.milton.resource.MakeCollectionableResource;
import io.milton.property.PropertySource;
import io.milton.resource.MoveableResource;
import io.milton.resource.MultiNamespaceCustomPropertyResource;
import io.milton.resource.PropFindableResource;
import io.milton.resource.PutableResource;
import io.milton.resource.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * The served tree as Milton resources. Milton parses and answers PROPFIND, PROPPATCH, PUT, MKCOL, DELETE, MOVE, COPY
 * and OPTIONS; the resources only resolve, list and write through {@link ServedTree} and {@link Writes}. Files are
 * never read here for HEAD or PROPFIND (no link is resolved).
 */
final class DavResources implements ResourceFactory {
  static final String REALM = "pikpak";

  private final ServedTree tree;
  private final Writes writes;
  private final FileResponder files;
  private final DeadProperties properties = new DeadProperties();

  DavResources(ServedTree tree, Writes writes, FileResponder files) {
    this.tree = tree;
    this.writes = writes;
    this.files = files;
  }

  @Override
  public @Nullable Resource getResource(String host, String path) {
    String p = ServedPaths.normalize(path);
    try {
      return wrap(tree.resolve(p));
    } catch (NotFoundException e) {
      return null;
    }
  }

  Resource wrap(Located l) {
    return l.folder() ? new Folder(l) : new File(l);
  }

  /** What every resource shares: names, dates, and no authentication of its own (the servlet did it). */
  abstract class Base implements PropFindableResource, DeletableResource, MoveableResource, CopyableResource,
      MultiNamespaceCustomPropertyResource {
    final Located located;

    Base(Located located) {
      this.located = located;
    }

    @Override
    public String getUniqueId() {
      return located.mount() == null || located.node() == null
          ? "virtual:" + located.path() : located.mount().source().key() + "|" + located.node().id();
    }

    @Override
    public String getName() {
      return located.name();
    }

    @Override
    public Object authenticate(String user, String password) {
      return user;
    }

    @Override
    public boolean authorise(Request request, Request.Method method, Auth auth) {
      return true;
    }

    @Override
    public String getRealm() {
      return REALM;
    }

    @Override
    public @Nullable Date getModifiedDate() {
      return located.node() == null || located.node().modified() == null
          ? null : Date.from(located.node().modified());
    }

    @Override
    public @Nullable String checkRedirect(Request request) {
      return null;
    }

    @Override
    public @Nullable Date getCreateDate() {
      return getModifiedDate();
    }

    @Override
    public void delete() throws NotAuthorizedException, ConflictException, BadRequestException {
      run(() -> writes.delete(located));
      properties.drop(located.path());
    }

    @Override
    public void moveTo(CollectionResource dest, String name) throws ConflictException, NotAuthorizedException,
        BadRequestException {
      Located to = ((Folder) dest).located;
      run(() -> writes.move(located, to, name));
      properties.move(located.path(), ServedTree.childPath(to.path(), name));
    }

    @Override
    public @Nullable Object getProperty(QName name) {
      return properties.get(located.path(), name);
    }

    @Override
    public void setProperty(QName name, @Nullable Object value) throws PropertySource.PropertySetException {
      if (PatchOrder.overridden(name, value != null)) {
        return; // a later instruction of the same PROPPATCH decides (RFC 4918 9.2: document order)
      }
      if (!properties.set(located.path(), name, value == null ? null : value.toString())) {
        throw new PropertySource.PropertySetException(io.milton.http.Response.Status.SC_INSUFFICIENT_STORAGE,
            "the server keeps at most " + DeadProperties.MAX_PROPERTIES + " properties of "
                + DeadProperties.MAX_VALUE + " characters");
      }
    }

    @Override
    public PropertySource.PropertyMetaData getPropertyMetaData(QName name) {
      if ("DAV:".equals(name.getNamespaceURI())) {
        return PropertySource.PropertyMetaData.UNKNOWN; // live properties are Milton's
      }
      Request current = io.milton.http.HttpManager.request();
      boolean patching = current != null && current.getMethod() == Request.Method.PROPPATCH;
      if (!patching && properties.get(located.path(), name) == null) {
        return PropertySource.PropertyMetaData.UNKNOWN; // absent: PROPFIND reports it 404
      }
      return new PropertySource.PropertyMetaData(PropertySource.PropertyAccessibility.WRITABLE, String.class);
    }

    @Override
    public List<QName> getAllPropertyNames() {
      return properties.names(located.path());
    }

    @Override
    public void copyTo(CollectionResource dest, String name) throws NotAuthorizedException, BadRequestException,
        ConflictException {
      Located to = ((Folder) dest).located;
      run(() -> writes.copy(located, to, name));
    }
  }

  /** A write that a source refused: Milton answers 409 with the reason. */
  interface Write {
    void run();
  }

  static void run(Write w) throws ConflictException {
    try {
      w.run();
    } catch (Writes.Refused e) {
      throw new ConflictException(e.getMessage());
    }
  }

  final class Folder extends Base implements PutableResource, MakeCollectionableResource {
    Folder(Located located) {
      super(located);
    }

    @Override
    public @Nullable Resource child(String name) {
      try {
        return wrap(tree.resolve(ServedTree.childPath(located.path(), name)));
      } catch (NotFoundException e) {
        return null;
      }
    }

    @Override
    public List<? extends Resource> getChildren() {
      List<Resource> out = new ArrayList<>();
      for (Located l : tree.children(located)) {
        out.add(wrap(l));
      }
      return out;
    }

    @Override
    public Resource createNew(String name, InputStream in, Long length, String contentType)
        throws IOException, ConflictException {
      Located[] made = new Located[1];
      try {
        made[0] = writes.put(located, name, in, length);
      } catch (Writes.Refused e) {
        throw new ConflictException(e.getMessage());
      }
      return wrap(made[0]);
    }

    @Override
    public CollectionResource createCollection(String name) throws ConflictException {
      Located[] made = new Located[1];
      run(() -> made[0] = writes.mkdir(located, name));
      return new Folder(made[0]);
    }
  }

  final class File extends Base implements GetableResource {
    File(Located located) {
      super(located);
    }

    @Override
    public void sendContent(OutputStream out, @Nullable Range range, Map<String, String> params,
        @Nullable String contentType) throws IOException {
      long size = getContentLength();
      long start = range == null || range.getStart() == null ? 0 : range.getStart();
      long end = range == null || range.getFinish() == null ? size : Math.min(size, range.getFinish() + 1);
      try {
        files.copy(located, start, end, out);
      } catch (PikPakException e) {
        throw new IOException(e.getMessage(), e);
      }
    }

    @Override
    public @Nullable Long getMaxAgeSeconds(Auth auth) {
      return null;
    }

    @Override
    public String getContentType(String accepts) {
      return contentType(located);
    }

    @Override
    public Long getContentLength() {
      return located.node() == null ? 0L : located.node().size();
    }
  }

  static String contentType(Located l) {
    Node n = l.node();
    if (n != null && n.mimeType() != null && !n.mimeType().isBlank()) {
      return n.mimeType();
    }
    String guess = URLConnection.guessContentTypeFromName(l.name());
    return guess == null ? "application/octet-stream" : guess;
  }
}
