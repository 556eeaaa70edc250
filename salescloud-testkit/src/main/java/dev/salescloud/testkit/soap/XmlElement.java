package dev.salescloud.testkit.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a request envelope: its namespace, local name, text and child elements. Read by a
 * StAX reader that refuses DTDs and so every entity but XML's own, so a request cannot make the
 * org read files or call hosts.
 */
final class XmlElement {
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  final String namespace;
  final String name;
  final boolean nil;
  final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private XmlElement(String namespace, String name, boolean nil) {
    this.namespace = namespace == null ? "" : namespace;
    this.name = name;
    this.nil = nil;
  }

  /** Reads a document's root element. */
  static XmlElement parse(byte[] body) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
    try {
      List<XmlElement> open = new ArrayList<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          XmlElement e = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(),
              "true".equals(reader.getAttributeValue(XSI_NS, "nil")));
          if (open.isEmpty()) {
            root = e;
          } else {
            open.get(open.size() - 1).children.add(e);
          }
          open.add(e);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open.remove(open.size() - 1);
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && !open.isEmpty()) {
          open.get(open.size() - 1).text.append(reader.getText());
        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("DOCTYPE is disallowed");
        }
      }
      if (root == null) {
        throw new XMLStreamException("Premature end of file.");
      }
      return root;
    } finally {
      reader.close();
    }
  }

  /** Whether the element has this namespace and name. */
  boolean is(String ns, String local) {
    return namespace.equals(ns) && name.equals(local);
  }

  /** The first child with the name, in any namespace. */
  Optional<XmlElement> child(String local) {
    return children.stream().filter(c -> c.name.equals(local)).findFirst();
  }

  /** The element's text, trimmed; empty for a nil element. */
  String text() {
    return nil ? "" : text.toString().trim();
  }

  /** Shows the element's name and child count, never its text. */
  @Override
  public String toString() {
    return "{" + namespace + "}" + name + "(" + children.size() + " children)";
  }
}
