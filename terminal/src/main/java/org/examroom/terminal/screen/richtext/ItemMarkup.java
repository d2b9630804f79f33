package org.examroom.terminal.screen.richtext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.ItemText;
import org.examroom.common.content.source.SafeXml;
import org.examroom.terminal.screen.richtext.Inline.Style;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an item's XHTML (a QTI body, a Moodle question's HTML) into {@link Block}s. The JDK's parser reads it with
 * no DTD, no external entities and no includes: the text arrives from a package and must not reach anywhere else.
 * HTML habits that are not XML ({@code <br>}, {@code &nbsp;}) are mended first; elements it does not know give their
 * text; markup that still cannot be read is shown as plain text. Interactions are left out (their controls show them),
 * except the text of gap-match and hot-text interactions, and inline answers leave a {@link Inline.Gap}.
 */
public final class ItemMarkup {

    private static final System.Logger LOG = System.getLogger(ItemMarkup.class.getName());

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "section", "article", "figure",
            "figcaption", "center", "address", "itembody", "header", "footer", "main", "aside", "nav", "dl", "dt", "dd",
            "caption", "fieldset", "legend", "li", "body", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** What is not the question's text: scripts, the choices and prompts that controls show, answers' feedback. */
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "prompt", "gaptext",
            "gapimg", "feedbackinline", "feedbackblock", "modalfeedback", "rubricblock", "templateinline",
            "templateblock", "simplechoice", "inlinechoice", "simpleassociablechoice", "simplematchset", "input",
            "button", "select", "textarea", "iframe", "audio", "video", "source");
    private static final Set<String> INLINE_ANSWERS = Set.of("textentryinteraction", "inlinechoiceinteraction", "gap");
    /** Interactions whose content is the question's text itself, with the places to answer in it. */
    private static final Set<String> TEXT_INTERACTIONS = Set.of("gapmatchinteraction", "hottextinteraction");
    private static final Map<String, Style> STYLES = Map.ofEntries(Map.entry("b", Style.BOLD),
            Map.entry("strong", Style.BOLD), Map.entry("i", Style.ITALIC), Map.entry("em", Style.ITALIC),
            Map.entry("var", Style.ITALIC), Map.entry("cite", Style.ITALIC), Map.entry("dfn", Style.ITALIC),
            Map.entry("u", Style.UNDERLINE), Map.entry("ins", Style.UNDERLINE), Map.entry("sub", Style.SUB),
            Map.entry("sup", Style.SUP), Map.entry("code", Style.CODE), Map.entry("tt", Style.CODE),
            Map.entry("kbd", Style.CODE), Map.entry("samp", Style.CODE), Map.entry("hottext", Style.BOLD));

    /** HTML's named characters that items use; XML knows only five. */
    private static final Map<String, Integer> ENTITIES = Map.ofEntries(Map.entry("nbsp", 0xA0), Map.entry("ndash", 0x2013),
            Map.entry("mdash", 0x2014), Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("hellip", 0x2026),
            Map.entry("times", 0xD7), Map.entry("divide", 0xF7), Map.entry("minus", 0x2212), Map.entry("plusmn", 0xB1),
            Map.entry("deg", 0xB0), Map.entry("le", 0x2264), Map.entry("ge", 0x2265), Map.entry("ne", 0x2260),
            Map.entry("asymp", 0x2248), Map.entry("middot", 0xB7), Map.entry("bull", 0x2022), Map.entry("copy", 0xA9),
            Map.entry("shy", 0xAD), Map.entry("thinsp", 0x2009), Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003),
            Map.entry("prime", 0x2032), Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C),
            Map.entry("rdquo", 0x201D), Map.entry("bdquo", 0x201E), Map.entry("sup2", 0xB2), Map.entry("sup3", 0xB3),
            Map.entry("frac12", 0xBD), Map.entry("frac14", 0xBC), Map.entry("frac34", 0xBE), Map.entry("alpha", 0x3B1),
            Map.entry("beta", 0x3B2), Map.entry("gamma", 0x3B3), Map.entry("delta", 0x3B4), Map.entry("Delta", 0x394),
            Map.entry("pi", 0x3C0), Map.entry("sigma", 0x3C3), Map.entry("omega", 0x3C9), Map.entry("lambda", 0x3BB),
            Map.entry("mu", 0x3BC), Map.entry("theta", 0x3B8), Map.entry("phi", 0x3C6), Map.entry("infin", 0x221E),
            Map.entry("radic", 0x221A), Map.entry("sum", 0x2211), Map.entry("int", 0x222B), Map.entry("rarr", 0x2192),
            Map.entry("larr", 0x2190), Map.entry("harr", 0x2194), Map.entry("rArr", 0x21D2), Map.entry("hArr", 0x21D4),
            Map.entry("isin", 0x2208), Map.entry("cap", 0x2229), Map.entry("cup", 0x222A), Map.entry("ang", 0x2220),
            Map.entry("perp", 0x22A5), Map.entry("euro", 0x20AC), Map.entry("sect", 0xA7), Map.entry("num", 0x2116));
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Pattern LONE_AMPERSAND = Pattern.compile("&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)");
    private static final Pattern VOID = Pattern.compile("(?i)<(br|hr|img|col|wbr|input|source|area|meta|link)(\\s[^<>]*?)?\\s*/?>");
    private static final Pattern VOID_END = Pattern.compile("(?i)</(br|hr|img|col|wbr|input|source|area|meta|link)\\s*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Set<String> SPACED_OPERATORS = Set.of("=", "+", "−", "-", "<", ">", "≤", "≥", "≠", "≈", "×", "±", "→", "⇒");

    private ItemMarkup() {
    }

    /** The blocks of {@code xhtml}; never fails: what cannot be read is given as plain paragraphs. */
    public static List<Block> parse(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            return List.of();
        }
        try {
            Element root = read("<examroom-body>" + mend(xhtml) + "</examroom-body>");
            return blocks(root);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "Item text shown as plain text: {0}", e.getMessage());
            return plain(xhtml);
        }
    }

    /** The text alone when the blocks are one paragraph of unstyled text, as a control's label can carry it. */
    public static Optional<String> plainText(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return Optional.of("");
        }
        if (blocks.size() != 1 || !(blocks.getFirst() instanceof Block.Paragraph(List<Inline> inlines, boolean heading))
                || heading) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (!(inline instanceof Inline.Text(String t, Set<Style> styles)) || !styles.isEmpty()) {
                return Optional.empty();
            }
            text.append(t);
        }
        return Optional.of(text.toString());
    }

    /** HTML written as if it were XML: void elements closed, HTML's named characters given as numbers. */
    static String mend(String html) {
        String closed = VOID.matcher(VOID_END.matcher(html).replaceAll("")).replaceAll(m -> Matcher.quoteReplacement(
                "<" + m.group(1).toLowerCase(Locale.ROOT) + (m.group(2) == null ? "" : m.group(2)) + "/>"));
        String named = ENTITY.matcher(closed).replaceAll(m -> {
            String name = m.group(1);
            if (XML_ENTITIES.contains(name)) {
                return Matcher.quoteReplacement(m.group());
            }
            Integer code = ENTITIES.get(name);
            return Matcher.quoteReplacement(code == null ? "&amp;" + name + ";" : "&#" + code + ";");
        });
        return LONE_AMPERSAND.matcher(named).replaceAll("&amp;");
    }

    /** The hardened parser the importers use (no DTD, no external entity), names taken as written. */
    private static Element read(String xml) throws ContentRefusedException {
        return SafeXml.parseIgnoringNamespaces(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    /** Markup that could not be read: its text, a paragraph for each of its lines. */
    private static List<Block> plain(String xhtml) {
        List<Block> blocks = new ArrayList<>();
        for (String line : ItemText.plain(xhtml).split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Block.Paragraph(List.of(Inline.Text.plain(line.strip())), false));
            }
        }
        return blocks;
    }

    /** Paragraphs being gathered from a run of inline content, cut at each block element. */
    private static final class Collector {
        final List<Block> blocks = new ArrayList<>();
        List<Inline> line = new ArrayList<>();

        void text(String text, Set<Style> styles) {
            if (text.isEmpty()) {
                return;
            }
            String t = text;
            if (t.startsWith(" ") && (line.isEmpty() || line.getLast() instanceof Inline.Break
                    || line.getLast() instanceof Inline.Text(String before, Set<Style> s) && before.endsWith(" "))) {
                t = t.substring(1);
            }
            if (t.isEmpty()) {
                return;
            }
            if (!line.isEmpty() && line.getLast() instanceof Inline.Text(String before, Set<Style> same) && same.equals(styles)) {
                line.set(line.size() - 1, new Inline.Text(before + t, styles));
            } else {
                line.add(new Inline.Text(t, styles));
            }
        }

        void add(Inline inline) {
            line.add(inline);
        }

        void flush(boolean heading) {
            while (!line.isEmpty() && (line.getLast() instanceof Inline.Break
                    || line.getLast() instanceof Inline.Text(String t, Set<Style> s) && t.isBlank())) {
                line.removeLast();
            }
            if (!line.isEmpty() && line.getLast() instanceof Inline.Text(String t, Set<Style> s) && t.endsWith(" ")) {
                line.set(line.size() - 1, new Inline.Text(t.stripTrailing(), s));
            }
            while (!line.isEmpty() && line.getFirst() instanceof Inline.Break) {
                line.removeFirst();
            }
            if (!line.isEmpty()) {
                blocks.add(new Block.Paragraph(line, heading));
            }
            line = new ArrayList<>();
        }
    }

    private static List<Block> blocks(Node parent) {
        Collector collector = new Collector();
        children(parent, collector, EnumSet.noneOf(Style.class));
        collector.flush(false);
        return collector.blocks;
    }

    private static void children(Node parent, Collector collector, Set<Style> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> collector.text(SPACES.matcher(n.getNodeValue()).replaceAll(" "), styles);
                case Node.ELEMENT_NODE -> element((Element) n, collector, styles);
                default -> {
                    // comments and processing instructions are not shown
                }
            }
        }
    }

    private static String name(Node element) {
        String name = element.getNodeName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static void element(Element e, Collector collector, Set<Style> styles) {
        String name = name(e);
        if (DROPPED.contains(name) || name.endsWith("interaction") && !TEXT_INTERACTIONS.contains(name)
                && !INLINE_ANSWERS.contains(name)) {
            return;
        }
        if (INLINE_ANSWERS.contains(name)) {
            collector.add(new Inline.Gap(e.hasAttribute("responseIdentifier") ? e.getAttribute("responseIdentifier")
                    : e.getAttribute("identifier")));
            return;
        }
        switch (name) {
            case "br" -> collector.add(new Inline.Break());
            case "img" -> collector.add(new Inline.Image(e.getAttribute("src"), e.getAttribute("alt")));
            case "object" -> {
                if (isPicture(e.getAttribute("data"), e.getAttribute("type"))) {
                    collector.add(new Inline.Image(e.getAttribute("data"), SPACES.matcher(e.getTextContent()).replaceAll(" ").strip()));
                } else {
                    children(e, collector, styles);
                }
            }
            case "math" -> {
                List<Inline> formula = new ArrayList<>();
                math(e, formula, styles);
                formula.forEach(i -> {
                    if (i instanceof Inline.Text(String t, Set<Style> s)) {
                        collector.text(t, s);
                    } else {
                        collector.add(i);
                    }
                });
            }
            case "ul", "ol" -> {
                collector.flush(false);
                List<List<Block>> entries = new ArrayList<>();
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element entry && !DROPPED.contains(name(entry))) {
                        List<Block> blocks = name(entry).equals("li") ? blocks(entry) : blocks(wrap(entry));
                        if (!blocks.isEmpty()) {
                            entries.add(blocks);
                        }
                    }
                }
                if (!entries.isEmpty()) {
                    collector.blocks.add(new Block.ListBlock(name.equals("ol"), entries));
                }
            }
            case "table" -> {
                collector.flush(false);
                table(e, collector);
            }
            case "pre" -> {
                collector.flush(false);
                String text = e.getTextContent().replace("\r", "");
                collector.blocks.add(new Block.Preformatted((text.startsWith("\n") ? text.substring(1) : text).stripTrailing()));
            }
            case "hr" -> collector.flush(false);
            default -> {
                if (HEADINGS.contains(name)) {
                    collector.flush(false);
                    children(e, collector, with(styles, Style.BOLD));
                    collector.flush(true);
                } else if (BLOCKS.contains(name) || TEXT_INTERACTIONS.contains(name)) {
                    collector.flush(false);
                    children(e, collector, styles);
                    collector.flush(false);
                } else {
                    Style style = STYLES.get(name);
                    children(e, collector, style == null ? styles : with(styles, style));
                }
            }
        }
    }

    /** A list entry that is not an {@code li}: read as if it were one. */
    private static Node wrap(Element entry) {
        Element li = entry.getOwnerDocument().createElement("li");
        li.appendChild(entry.cloneNode(true));
        return li;
    }

    private static boolean isPicture(String data, String type) {
        String path = data.toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || path.startsWith("data:image/") || path.endsWith(".png")
                || path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".gif") || path.endsWith(".svg");
    }

    private static void table(Element table, Collector collector) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Element> trs = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                switch (name(child)) {
                    case "caption" -> {
                        List<Block> caption = blocks(child);
                        collector.blocks.addAll(caption);
                    }
                    case "tr" -> trs.add(child);
                    case "thead", "tbody", "tfoot" -> {
                        for (Node r = child.getFirstChild(); r != null; r = r.getNextSibling()) {
                            if (r instanceof Element tr && name(tr).equals("tr")) {
                                trs.add(tr);
                            }
                        }
                    }
                    default -> {
                        // colgroups and stray content carry no cells
                    }
                }
            }
        }
        for (Element tr : trs) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cell && (name(cell).equals("td") || name(cell).equals("th"))) {
                    cells.add(new Block.Cell(blocks(cell), name(cell).equals("th")));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (!rows.isEmpty()) {
            collector.blocks.add(new Block.Table(rows));
        }
    }

    private static Set<Style> with(Set<Style> styles, Style style) {
        EnumSet<Style> more = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
        more.add(style);
        return more;
    }

    /**
     * MathML as text with sub- and superscripts: enough for the formulas of entrance exams (powers, indices,
     * fractions, roots) when the content brings no picture of them.
     */
    private static void math(Element e, List<Inline> out, Set<Style> styles) {
        String name = name(e);
        List<Element> args = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                args.add(child);
            }
        }
        switch (name) {
            case "mi" -> {
                String t = e.getTextContent().strip();
                add(out, t, t.codePointCount(0, t.length()) == 1 && Character.isLetter(t.codePointAt(0))
                        && !"normal".equals(e.getAttribute("mathvariant")) ? with(styles, Style.ITALIC) : styles);
            }
            case "mo" -> {
                String t = e.getTextContent().strip();
                add(out, SPACED_OPERATORS.contains(t) ? " " + t + " " : t, styles);
            }
            case "mn", "mtext", "ms" -> add(out, SPACES.matcher(e.getTextContent()).replaceAll(" ").strip(), styles);
            case "mspace" -> add(out, " ", styles);
            case "msup" -> script(args, out, styles, Style.SUP);
            case "msub" -> script(args, out, styles, Style.SUB);
            case "msubsup" -> {
                script(args.subList(0, Math.min(2, args.size())), out, styles, Style.SUB);
                if (args.size() > 2) {
                    math(args.get(2), out, with(styles, Style.SUP));
                }
            }
            case "mfrac" -> {
                if (args.size() == 2) {
                    grouped(args.get(0), out, styles);
                    add(out, "/", styles);
                    grouped(args.get(1), out, styles);
                }
            }
            case "msqrt" -> {
                add(out, "√(", styles);
                args.forEach(a -> math(a, out, styles));
                add(out, ")", styles);
            }
            case "mroot" -> {
                if (args.size() == 2) {
                    math(args.get(1), out, with(styles, Style.SUP));
                    add(out, "√(", styles);
                    math(args.get(0), out, styles);
                    add(out, ")", styles);
                }
            }
            case "mfenced" -> {
                add(out, e.hasAttribute("open") ? e.getAttribute("open") : "(", styles);
                String separator = e.hasAttribute("separators") ? e.getAttribute("separators").strip() : ",";
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        add(out, separator.isEmpty() ? "" : separator.substring(0, 1) + " ", styles);
                    }
                    math(args.get(i), out, styles);
                }
                add(out, e.hasAttribute("close") ? e.getAttribute("close") : ")", styles);
            }
            case "semantics" -> {
                if (!args.isEmpty()) {
                    math(args.getFirst(), out, styles);
                }
            }
            case "annotation", "annotation-xml", "none", "mprescripts" -> {
                // a formula's other encodings and placeholders are not shown
            }
            default -> args.forEach(a -> math(a, out, styles));
        }
    }

    private static void script(List<Element> args, List<Inline> out, Set<Style> styles, Style position) {
        if (!args.isEmpty()) {
            math(args.get(0), out, styles);
        }
        if (args.size() > 1) {
            math(args.get(1), out, with(styles, position));
        }
    }

    /** A fraction's part, in brackets unless it is a single number or letter. */
    private static void grouped(Element part, List<Inline> out, Set<Style> styles) {
        boolean single = Set.of("mi", "mn").contains(name(part));
        if (!single) {
            add(out, "(", styles);
        }
        math(part, out, styles);
        if (!single) {
            add(out, ")", styles);
        }
    }

    private static void add(List<Inline> out, String text, Set<Style> styles) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast() instanceof Inline.Text(String before, Set<Style> same) && same.equals(styles)) {
            out.set(out.size() - 1, new Inline.Text(before + text, styles));
        } else {
            out.add(new Inline.Text(text, styles));
        }
    }
}
