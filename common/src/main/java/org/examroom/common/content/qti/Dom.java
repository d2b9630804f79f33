package org.examroom.common.content.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads QTI elements under their QTI 2 names whatever the version: QTI 3.0's {@code qti-choice-interaction} and
 * {@code response-identifier} are read as {@code choiceInteraction} and {@code responseIdentifier}.
 */
final class Dom {

    private Dom() {
    }

    static String name(Node node) {
        String local = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        return camel(local.startsWith("qti-") ? local.substring(4) : local);
    }

    static String camel(String kebab) {
        if (kebab.indexOf('-') < 0) {
            return kebab;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The attribute under its QTI 2 or QTI 3 name; empty string when absent. */
    static String attr(Element element, String name) {
        if (element.hasAttribute(name)) {
            return element.getAttribute(name);
        }
        String kebab = kebab(name);
        return element.hasAttribute(kebab) ? element.getAttribute(kebab) : "";
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> name(e).equals(name)).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent, name).stream().findFirst().orElse(null);
    }

    static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(parent)) {
            if (name(child).equals(name)) {
                found.add(child);
            }
            found.addAll(descendants(child, name));
        }
        return found;
    }

    static String text(Element element) {
        return element == null ? "" : element.getTextContent();
    }

    static boolean flag(Element element, String name, boolean fallback) {
        String value = attr(element, name).trim().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? fallback : value.equals("true");
    }

    static int integer(Element element, String name, int fallback) {
        String value = attr(element, name).trim();
        try {
            return value.isEmpty() ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
