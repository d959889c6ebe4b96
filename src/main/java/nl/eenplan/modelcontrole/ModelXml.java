package nl.eenplan.modelcontrole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A model file (BPMN, DMN) as a plain XML tree, every element with its line and column, so a refusal can point
 * at the element. Read without DTDs or external entities: the file comes from whoever deploys.
 */
final class ModelXml {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    /** Camunda's engine reads this older namespace as its own: {@code activiti:class} is {@code camunda:class}. */
    static final String ACTIVITI = "http://activiti.org/bpmn";

    private ModelXml() {
    }

    record Attribuut(String namespace, String naam, String waarde) {

        /** As a process owner sees it in the XML: {@code camunda:class}, {@code name}. */
        String weergave() {
            return CAMUNDA_BPMN.equals(namespace) || CAMUNDA_DMN.equals(namespace) ? "camunda:" + naam : naam;
        }
    }

    /** One element: its namespace and local name, attributes, own text, children and where it starts. */
    static final class Element {
        final String namespace;
        final String naam;
        final List<Attribuut> attributen;
        final List<Element> kinderen = new ArrayList<>();
        final Element ouder;
        final int regel;
        final int kolom;
        private final StringBuilder tekst = new StringBuilder();

        Element(String namespace, String naam, List<Attribuut> attributen, Element ouder, int regel, int kolom) {
            this.namespace = namespace;
            this.naam = naam;
            this.attributen = attributen;
            this.ouder = ouder;
            this.regel = regel;
            this.kolom = kolom;
        }

        boolean is(String ns, String lokaleNaam) {
            return ns.equals(namespace) && lokaleNaam.equals(naam);
        }

        /** An attribute without namespace, such as {@code id}. */
        String attribuut(String lokaleNaam) {
            return attribuut("", lokaleNaam);
        }

        String attribuut(String ns, String lokaleNaam) {
            for (Attribuut a : attributen) {
                if (a.namespace().equals(ns) && a.naam().equals(lokaleNaam)) {
                    return a.waarde();
                }
            }
            return null;
        }

        String tekst() {
            return tekst.toString();
        }

        /** The id of this element or, for extension elements without one, of the nearest element that has one. */
        String elementId() {
            for (Element e = this; e != null; e = e.ouder) {
                String id = e.attribuut("id");
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
            return null;
        }

        /** As a process owner sees it in the XML: {@code camunda:inputParameter}, {@code conditionExpression}. */
        String weergave() {
            return new Attribuut(namespace, naam, null).weergave();
        }
    }

    /** The root element; a file that is not well-formed XML throws, with line and column. */
    static Element lees(byte[] inhoud) throws SAXParseException {
        Lezer lezer = new Lezer();
        try {
            SAXParserFactory fabriek = SAXParserFactory.newInstance();
            fabriek.setNamespaceAware(true);
            fabriek.setXIncludeAware(false);
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabriek.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabriek.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            fabriek.newSAXParser().parse(new ByteArrayInputStream(inhoud), lezer);
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException | IOException e) {
            throw new SAXParseException(e.getMessage(), null, null, 0, 0, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("De XML-lezer kan niet veilig worden ingesteld", e);
        }
        if (lezer.wortel == null) {
            throw new SAXParseException("Het bestand is leeg.", null, null, 0, 0);
        }
        return lezer.wortel;
    }

    private static final class Lezer extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator plek;
        private Element wortel;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.plek = locator;
        }

        @Override
        public void startElement(String uri, String lokaleNaam, String qNaam, Attributes attributen) {
            List<Attribuut> lijst = new ArrayList<>();
            for (int i = 0; i < attributen.getLength(); i++) {
                lijst.add(new Attribuut(attributen.getURI(i), attributen.getLocalName(i), attributen.getValue(i)));
            }
            Element e = new Element(uri, lokaleNaam, lijst, open.peek(),
                    plek == null ? 0 : plek.getLineNumber(), plek == null ? 0 : plek.getColumnNumber());
            if (open.isEmpty()) {
                wortel = e;
            } else {
                open.peek().kinderen.add(e);
            }
            open.push(e);
        }

        @Override
        public void characters(char[] tekens, int begin, int lengte) {
            if (!open.isEmpty()) {
                open.peek().tekst.append(tekens, begin, lengte);
            }
        }

        @Override
        public void endElement(String uri, String lokaleNaam, String qNaam) {
            open.pop();
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
