package org.examroom.common.content.qti;

import static org.examroom.common.content.qti.Dom.attr;
import static org.examroom.common.content.qti.Dom.child;
import static org.examroom.common.content.qti.Dom.children;
import static org.examroom.common.content.qti.Dom.name;
import static org.examroom.common.content.qti.Dom.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.content.AreaMapping;
import org.examroom.common.content.BaseType;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Choice;
import org.examroom.common.content.ContentRefusedException;
import org.examroom.common.content.Expression;
import org.examroom.common.content.ImportProblem;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.Mapping;
import org.examroom.common.content.OutcomeDeclaration;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Rule;
import org.examroom.common.content.Scoring;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.scoring.QtiOperators;
import org.examroom.common.content.source.PackagePaths;
import org.examroom.common.content.source.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads one QTI {@code assessmentItem} into an {@link Item}, refusing what it cannot score or show faithfully. */
final class QtiItemReader {

    private static final Map<String, InteractionType> INTERACTIONS = new HashMap<>();

    static {
        for (InteractionType type : InteractionType.values()) {
            if (type != InteractionType.NUMERIC_ENTRY) {
                INTERACTIONS.put(type.qtiName(), type);
            }
        }
    }

    /** Elements of the body that carry feedback or templates: answers could leak through them, so they are cut. */
    private static final Set<String> CUT_FROM_BODY = Set.of("feedbackInline", "feedbackBlock", "modalFeedback",
            "templateInline", "templateBlock", "rubricBlock");

    private static final Set<String> MEDIA_ATTRIBUTES = Set.of("src", "data", "href");

    private final String source;
    private final SourceFiles files;
    private final List<ImportProblem> mediaProblems = new ArrayList<>();
    private String itemId = "";

    private QtiItemReader(String source, SourceFiles files) {
        this.source = source;
        this.files = files;
    }

    /** The item, and the media references that could not be satisfied (reported, not fatal to the item). */
    record Read(Item item, List<ImportProblem> mediaProblems) {
    }

    static Read read(Element root, String source, SourceFiles files) throws ContentRefusedException {
        QtiItemReader reader = new QtiItemReader(source, files);
        Item item = reader.item(root);
        return new Read(item, List.copyOf(reader.mediaProblems));
    }

    private Item item(Element root) throws ContentRefusedException {
        itemId = attr(root, "identifier");
        if (itemId.isBlank()) {
            throw refuse("assessmentItem", "the item has no identifier");
        }
        if (Dom.flag(root, "adaptive", false)) {
            throw refuse("adaptive", "adaptive items change with each try; an exam gives one attempt");
        }
        for (String construct : List.of("templateDeclaration", "templateProcessing")) {
            if (child(root, construct) != null) {
                throw refuse(construct, "items generated from template variables are not supported");
            }
        }
        List<ResponseDeclaration> responses = new ArrayList<>();
        for (Element declaration : children(root, "responseDeclaration")) {
            responses.add(responseDeclaration(declaration));
        }
        List<OutcomeDeclaration> outcomes = new ArrayList<>();
        for (Element declaration : children(root, "outcomeDeclaration")) {
            outcomes.add(outcomeDeclaration(declaration));
        }
        Element body = child(root, "itemBody");
        List<Interaction> interactions = new ArrayList<>();
        Set<String> media = new LinkedHashSet<>();
        String bodyXml = "";
        if (body != null) {
            collect(body, interactions, media);
            bodyXml = serialise(body);
        }
        for (Interaction interaction : interactions) {
            if (responses.stream().noneMatch(r -> r.identifier().equals(interaction.responseIdentifier()))) {
                throw refuse(interaction.type().qtiName(), "the interaction answers '"
                        + interaction.responseIdentifier() + "', which the item does not declare");
            }
        }
        Scoring scoring = scoring(child(root, "responseProcessing"), responses);
        return new Item(itemId, attr(root, "title"), source, "", bodyXml, interactions, responses, outcomes, scoring,
                declaredMax(outcomes), List.copyOf(media));
    }

    private static Optional<BigDecimal> declaredMax(List<OutcomeDeclaration> outcomes) {
        for (OutcomeDeclaration outcome : outcomes) {
            if (outcome.identifier().equals("SCORE") && outcome.normalMaximum().isPresent()) {
                return outcome.normalMaximum();
            }
        }
        for (OutcomeDeclaration outcome : outcomes) {
            if (outcome.identifier().equals("MAXSCORE") && outcome.defaultValues().size() == 1) {
                try {
                    BigDecimal max = new BigDecimal(outcome.defaultValues().getFirst().trim());
                    return max.signum() > 0 ? Optional.of(max) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private ResponseDeclaration responseDeclaration(Element e) throws ContentRefusedException {
        String id = attr(e, "identifier");
        Cardinality cardinality = cardinality(e);
        if (cardinality == Cardinality.RECORD) {
            throw refuse("responseDeclaration cardinality=record", "record responses are not supported");
        }
        BaseType type = baseType(e);
        Optional<ResponseValue> correct = Optional.empty();
        Element correctResponse = child(e, "correctResponse");
        if (correctResponse != null) {
            List<String> values = children(correctResponse, "value").stream().map(Dom::text).toList();
            correct = Optional.of(value(values, cardinality, type, "correctResponse of " + id));
        }
        Optional<Mapping> mapping = Optional.empty();
        Element m = child(e, "mapping");
        if (m != null) {
            List<Mapping.Entry> entries = new ArrayList<>();
            for (Element entry : children(m, "mapEntry")) {
                entries.add(new Mapping.Entry(attr(entry, "mapKey"), number(entry, "mappedValue", "0"),
                        Dom.flag(entry, "caseSensitive", true)));
            }
            mapping = Optional.of(new Mapping(entries, number(m, "defaultValue", "0"), optionalNumber(m, "lowerBound"),
                    optionalNumber(m, "upperBound")));
        }
        Optional<AreaMapping> areaMapping = Optional.empty();
        Element a = child(e, "areaMapping");
        if (a != null) {
            List<AreaMapping.Area> areas = new ArrayList<>();
            for (Element entry : children(a, "areaMapEntry")) {
                try {
                    areas.add(new AreaMapping.Area(attr(entry, "shape"), coords(attr(entry, "coords")),
                            number(entry, "mappedValue", "0")));
                } catch (NumberFormatException ex) {
                    throw refuse("areaMapEntry", "coordinates '" + attr(entry, "coords") + "' are not numbers");
                }
            }
            areaMapping = Optional.of(new AreaMapping(areas, number(a, "defaultValue", "0"),
                    optionalNumber(a, "lowerBound"), optionalNumber(a, "upperBound")));
        }
        return new ResponseDeclaration(id, cardinality, type, correct, mapping, areaMapping);
    }

    private static List<Integer> coords(String text) {
        List<Integer> coords = new ArrayList<>();
        for (String c : text.trim().split("\\s*,\\s*")) {
            coords.add((int) Math.round(Double.parseDouble(c)));
        }
        return coords;
    }

    private ResponseValue value(List<String> values, Cardinality cardinality, BaseType type, String construct)
            throws ContentRefusedException {
        List<String> trimmed = values.stream().map(v -> type == BaseType.STRING ? v : v.trim()).toList();
        if (trimmed.isEmpty()) {
            return new ResponseValue.Empty();
        }
        try {
            if (type == BaseType.PAIR || type == BaseType.DIRECTED_PAIR) {
                Set<ResponseValue.Pair> pairs = new LinkedHashSet<>();
                for (String v : trimmed) {
                    String[] ids = v.split("\\s+");
                    if (ids.length != 2) {
                        throw refuse(construct, "'" + v + "' is not a pair of identifiers");
                    }
                    pairs.add(new ResponseValue.Pair(ids[0], ids[1]));
                }
                return new ResponseValue.PairSet(pairs);
            }
            return switch (cardinality) {
                case MULTIPLE -> new ResponseValue.IdentifierSet(new LinkedHashSet<>(trimmed));
                case ORDERED -> new ResponseValue.OrderedIdentifiers(trimmed);
                default -> switch (type) {
                    case INTEGER, FLOAT -> new ResponseValue.Number(new BigDecimal(trimmed.getFirst()));
                    case STRING -> new ResponseValue.Text(trimmed.getFirst());
                    case POINT -> {
                        String[] xy = trimmed.getFirst().split("\\s+");
                        yield new ResponseValue.Point(Integer.parseInt(xy[0]), Integer.parseInt(xy[1]));
                    }
                    default -> new ResponseValue.Identifier(trimmed.getFirst());
                };
            };
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw refuse(construct, "'" + trimmed.getFirst() + "' is not a " + type.name().toLowerCase() + " value");
        }
    }

    private OutcomeDeclaration outcomeDeclaration(Element e) throws ContentRefusedException {
        Element defaults = child(e, "defaultValue");
        List<String> values = defaults == null ? List.of()
                : children(defaults, "value").stream().map(v -> text(v).trim()).toList();
        return new OutcomeDeclaration(attr(e, "identifier"), cardinality(e), baseType(e), values,
                optionalNumber(e, "normalMaximum"));
    }

    private Cardinality cardinality(Element e) throws ContentRefusedException {
        try {
            return Cardinality.ofQti(attr(e, "cardinality"));
        } catch (IllegalArgumentException ex) {
            throw refuse(name(e), "cardinality '" + attr(e, "cardinality") + "' is not a QTI cardinality");
        }
    }

    private BaseType baseType(Element e) throws ContentRefusedException {
        String type = attr(e, "baseType");
        if (type.isBlank()) {
            return BaseType.STRING;
        }
        try {
            return BaseType.ofQti(type);
        } catch (IllegalArgumentException ex) {
            throw refuse(name(e), "baseType '" + type + "' is not a QTI base type");
        }
    }

    private BigDecimal number(Element e, String attribute, String fallback) throws ContentRefusedException {
        String value = attr(e, attribute).trim();
        try {
            return new BigDecimal(value.isEmpty() ? fallback : value);
        } catch (NumberFormatException ex) {
            throw refuse(name(e) + "@" + attribute, "'" + value + "' is not a number");
        }
    }

    private Optional<BigDecimal> optionalNumber(Element e, String attribute) throws ContentRefusedException {
        return attr(e, attribute).isBlank() ? Optional.empty() : Optional.of(number(e, attribute, "0"));
    }

    private void collect(Element element, List<Interaction> interactions, Set<String> media)
            throws ContentRefusedException {
        for (Element child : children(element)) {
            String name = name(child);
            if (name.endsWith("Interaction")) {
                InteractionType type = INTERACTIONS.get(name);
                if (type == null) {
                    throw refuse(name, "this interaction is not supported");
                }
                interactions.add(interaction(type, child));
            } else if (name.equals("include")) {
                throw refuse("xi:include", "included fragments are not supported");
            } else if (name.equals("printedVariable")) {
                throw refuse("printedVariable", "template variables are not supported");
            }
            for (String attribute : MEDIA_ATTRIBUTES) {
                if (child.hasAttribute(attribute) && !name.equals("a")) {
                    media(child.getAttribute(attribute), name).ifPresent(media::add);
                }
            }
            collect(child, interactions, media);
        }
    }

    /**
     * The package path of a media reference. A missing or outside file is reported as a problem, and the item is
     * kept: its scoring does not depend on the picture, but the package is not whole until the file is supplied.
     */
    private Optional<String> media(String reference, String element) {
        if (reference.startsWith("data:")) {
            return Optional.empty();
        }
        Optional<String> path = PackagePaths.resolve(source, reference);
        if (path.isEmpty()) {
            mediaProblems.add(new ImportProblem(source, itemId, element + " " + reference,
                    "media outside the package cannot be carried into the room"));
        } else if (files.read(path.get()).isEmpty()) {
            mediaProblems.add(new ImportProblem(source, itemId, element + " " + reference,
                    "the media file " + path.get() + " is missing"));
        } else {
            return path;
        }
        return Optional.empty();
    }

    private Interaction interaction(InteractionType type, Element e) throws ContentRefusedException {
        List<Choice> choices = new ArrayList<>();
        List<Choice> targets = new ArrayList<>();
        switch (type) {
            case MATCH -> {
                List<Element> sets = children(e, "simpleMatchSet");
                if (sets.size() != 2) {
                    throw refuse("matchInteraction", "a match interaction needs two simpleMatchSets");
                }
                choices.addAll(choices(sets.get(0), "simpleAssociableChoice"));
                targets.addAll(choices(sets.get(1), "simpleAssociableChoice"));
            }
            case GAP_MATCH -> {
                choices.addAll(choices(e, "gapText"));
                choices.addAll(choices(e, "gapImg"));
                Dom.descendants(e, "gap").forEach(g -> targets.add(new Choice(attr(g, "identifier"), "", false, 1)));
            }
            case GRAPHIC_GAP_MATCH -> {
                choices.addAll(choices(e, "gapImg"));
                choices.addAll(choices(e, "gapText"));
                targets.addAll(choices(e, "associableHotspot"));
            }
            case HOTTEXT -> choices.addAll(Dom.descendants(e, "hottext").stream()
                    .map(h -> new Choice(attr(h, "identifier"), text(h).strip(), false, 1)).toList());
            case INLINE_CHOICE -> choices.addAll(choices(e, "inlineChoice"));
            case ASSOCIATE -> choices.addAll(choices(e, "simpleAssociableChoice"));
            case HOTSPOT, GRAPHIC_ORDER -> choices.addAll(choices(e, "hotspotChoice"));
            case GRAPHIC_ASSOCIATE -> choices.addAll(choices(e, "associableHotspot"));
            default -> choices.addAll(choices(e, "simpleChoice"));
        }
        Element prompt = child(e, "prompt");
        int maxDefault = switch (type) {
            case CHOICE, HOTSPOT, HOTTEXT, ASSOCIATE, GRAPHIC_ASSOCIATE -> 1;
            default -> 0;
        };
        return new Interaction(type, attr(e, "responseIdentifier"), prompt == null ? "" : text(prompt).strip(),
                choices, targets, Dom.integer(e, "minChoices", Dom.integer(e, "minAssociations", 0)),
                Dom.integer(e, "maxChoices", Dom.integer(e, "maxAssociations", maxDefault)),
                Dom.flag(e, "shuffle", false));
    }

    private static List<Choice> choices(Element parent, String name) {
        return children(parent, name).stream().map(c -> new Choice(attr(c, "identifier"), text(c).strip(),
                Dom.flag(c, "fixed", false), Dom.integer(c, "matchMax", 1))).toList();
    }

    private Scoring scoring(Element processing, List<ResponseDeclaration> responses) throws ContentRefusedException {
        if (processing == null) {
            return new Scoring.Manual();
        }
        String template = attr(processing, "template");
        if (template.isBlank()) {
            template = attr(processing, "templateLocation");
        }
        if (!children(processing).isEmpty()) {
            return new Scoring.QtiRules("custom", rules(children(processing)));
        }
        if (template.isBlank()) {
            return new Scoring.Manual();
        }
        Optional<String> standard = QtiTemplates.standardName(template);
        if (standard.isPresent()) {
            if (responses.stream().noneMatch(r -> r.identifier().equals("RESPONSE"))) {
                throw refuse("responseProcessing " + standard.get(), "the template scores RESPONSE, which the item"
                        + " does not declare");
            }
            return new Scoring.QtiRules(standard.get(), QtiTemplates.rules(standard.get()));
        }
        Optional<String> path = PackagePaths.resolve(source, template);
        Optional<byte[]> file = path.flatMap(files::read);
        if (file.isEmpty()) {
            throw refuse("responseProcessing template " + template,
                    "not a standard template and not a file in the package");
        }
        Document document = SafeXml.parse(file.get());
        return new Scoring.QtiRules("custom", rules(children(document.getDocumentElement())));
    }

    private List<Rule> rules(List<Element> elements) throws ContentRefusedException {
        List<Rule> rules = new ArrayList<>();
        for (Element e : elements) {
            rules.add(switch (name(e)) {
                case "setOutcomeValue" -> new Rule.SetOutcome(attr(e, "identifier"), expression(only(e)));
                case "exitResponse" -> new Rule.Exit();
                case "responseCondition" -> condition(e);
                default -> throw refuse(name(e), "this response-processing rule is not supported");
            });
        }
        return rules;
    }

    private Rule condition(Element e) throws ContentRefusedException {
        List<Rule.Branch> branches = new ArrayList<>();
        List<Rule> otherwise = List.of();
        for (Element part : children(e)) {
            switch (name(part)) {
                case "responseIf", "responseElseIf" -> {
                    List<Element> parts = children(part);
                    if (parts.isEmpty()) {
                        throw refuse(name(part), "a condition without a test");
                    }
                    branches.add(new Rule.Branch(expression(parts.getFirst()), rules(parts.subList(1, parts.size()))));
                }
                case "responseElse" -> otherwise = rules(children(part));
                default -> throw refuse(name(part), "not part of a responseCondition");
            }
        }
        return new Rule.Condition(branches, otherwise);
    }

    private Element only(Element e) throws ContentRefusedException {
        List<Element> children = children(e);
        if (children.size() != 1) {
            throw refuse(name(e), "needs exactly one expression");
        }
        return children.getFirst();
    }

    private Expression expression(Element e) throws ContentRefusedException {
        String operator = name(e);
        if (!QtiOperators.SUPPORTED.contains(operator)) {
            throw refuse(operator, "this response-processing operator is not supported");
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (a.getNamespaceURI() == null) {
                attributes.put(Dom.camel(a.getNodeName()), a.getNodeValue());
            }
        }
        List<Expression> operands = new ArrayList<>();
        for (Element child : children(e)) {
            operands.add(expression(child));
        }
        int minimum = switch (operator) {
            case "match", "equal", "lt", "gt", "lte", "gte", "subtract", "divide", "integerDivide", "power", "member",
                 "contains", "delete", "stringMatch", "substring" -> 2;
            case "isNull", "not", "round", "truncate", "containerSize", "index", "patternMatch", "inside" -> 1;
            default -> 0;
        };
        if (operands.size() < minimum) {
            throw refuse(operator, "needs " + minimum + " operands, has " + operands.size());
        }
        if (operator.equals("baseValue") && attributes.get("baseType") == null) {
            throw refuse(operator, "a baseValue without a baseType");
        }
        return new Expression(operator, attributes, operands, operator.equals("baseValue") ? text(e) : "");
    }

    /** The body as XHTML text, without feedback; written directly, as a transformer costs more than the parse. */
    private static String serialise(Element body) {
        Element copy = (Element) body.cloneNode(true);
        cut(copy);
        StringBuilder out = new StringBuilder(256);
        write(copy, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                String tag = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
                out.append('<').append(tag);
                var attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    if (a.getNodeName().startsWith("xmlns") || "http://www.w3.org/2001/XMLSchema-instance"
                            .equals(a.getNamespaceURI())) {
                        continue;
                    }
                    out.append(' ').append(a.getNodeName()).append("=\"");
                    escape(a.getNodeValue(), out, true);
                    out.append('"');
                }
                if (node.getFirstChild() == null) {
                    out.append("/>");
                    return;
                }
                out.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out);
                }
                out.append("</").append(tag).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(node.getNodeValue(), out, false);
            default -> {
                // Comments and processing instructions are not part of what the applicant sees.
            }
        }
    }

    private static void escape(String text, StringBuilder out, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    private static void cut(Element element) {
        for (Element child : children(element)) {
            if (CUT_FROM_BODY.contains(name(child))) {
                element.removeChild(child);
            } else {
                cut(child);
            }
        }
    }

    private ContentRefusedException refuse(String construct, String message) {
        return new ContentRefusedException(itemId, construct, message);
    }
}
