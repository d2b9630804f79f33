package org.examroom.common.content.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.examroom.common.content.ContentRefusedException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from untrusted files. DOCTYPE declarations are refused outright, so no DTD, external entity or entity
 * expansion can be used to read local files, reach the network or exhaust memory.
 */
public final class SafeXml {

    /** A builder per thread: making one per file costs more than parsing a small item. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = builders(factory(true));

    /** The same, taking element names as written: a prefix needs no declaration. */
    private static final ThreadLocal<DocumentBuilder> PLAIN_BUILDERS = builders(factory(false));

    private static ThreadLocal<DocumentBuilder> builders(DocumentBuilderFactory factory) {
        return ThreadLocal.withInitial(() -> {
            try {
                synchronized (factory) {
                    return factory.newDocumentBuilder();
                }
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
            }
        });
    }

    private SafeXml() {
    }

    /** The parsed document, or a refusal naming the line and column of the first error. */
    public static Document parse(byte[] xml) throws ContentRefusedException {
        return parse(xml, BUILDERS.get());
    }

    /**
     * Like {@link #parse}, without namespaces: names are taken as written, so markup that uses a prefix it never
     * declares ({@code <m:math>}, as item text pasted from elsewhere does) still reads.
     */
    public static Document parseIgnoringNamespaces(byte[] xml) throws ContentRefusedException {
        return parse(xml, PLAIN_BUILDERS.get());
    }

    private static Document parse(byte[] xml, DocumentBuilder builder) throws ContentRefusedException {
        try {
            builder.reset();
            builder.setErrorHandler(FAIL_FAST);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is not loaded");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new ContentRefusedException("", "XML", "not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + plain(e.getMessage()));
        } catch (SAXException e) {
            throw new ContentRefusedException("", "XML", "not readable XML: " + plain(e.getMessage()));
        } catch (IOException e) {
            // The parser reports undecodable bytes (a file in another encoding than declared) as I/O errors.
            throw new ContentRefusedException("", "encoding", "the text is not in its declared encoding: "
                    + plain(e.getMessage()));
        }
    }

    private static String plain(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.contains("DOCTYPE") ? "a DOCTYPE declaration (DTDs and entities are refused)" : message;
    }

    private static DocumentBuilderFactory factory(boolean namespaceAware) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not stop an import.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
