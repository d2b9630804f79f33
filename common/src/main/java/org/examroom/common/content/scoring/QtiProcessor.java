package org.examroom.common.content.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.examroom.common.content.AreaMapping;
import org.examroom.common.content.BaseType;
import org.examroom.common.content.Cardinality;
import org.examroom.common.content.Expression;
import org.examroom.common.content.Item;
import org.examroom.common.content.Mapping;
import org.examroom.common.content.OutcomeDeclaration;
import org.examroom.common.content.ResponseDeclaration;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Rule;

/** Runs QTI response processing over one item's responses, as the QTI 2.x/3.0 specification defines it. */
final class QtiProcessor {

    private static final MathContext MATH = MathContext.DECIMAL64;

    /** A QTI value: its cardinality and its members; no members is NULL. */
    record Value(Cardinality cardinality, List<Object> members) {
        static final Value NULL = new Value(Cardinality.SINGLE, List.of());

        static Value single(Object member) {
            return member == null ? NULL : new Value(Cardinality.SINGLE, List.of(member));
        }

        boolean isNull() {
            return members.isEmpty() || (members.size() == 1 && "".equals(members.getFirst()));
        }

        Object first() {
            return members.getFirst();
        }
    }

    /** A QTI pair; undirected pairs are kept with their identifiers in order so that equal pairs are equal. */
    record Pair(String first, String second) {
        static Pair of(String first, String second, boolean directed) {
            return directed || first.compareTo(second) <= 0 ? new Pair(first, second) : new Pair(second, first);
        }
    }

    record Point(int x, int y) {
    }

    private final Item item;
    private final Map<String, Value> responses = new HashMap<>();
    private final Map<String, Value> outcomes = new HashMap<>();

    private QtiProcessor(Item item, Map<String, ResponseValue> given) {
        this.item = item;
        for (ResponseDeclaration declaration : item.responses()) {
            ResponseValue value = given.getOrDefault(declaration.identifier(), new ResponseValue.Empty());
            responses.put(declaration.identifier(), toValue(value, declaration));
        }
        for (OutcomeDeclaration outcome : item.outcomes()) {
            outcomes.put(outcome.identifier(), initial(outcome));
        }
    }

    /** The item's SCORE after processing (NULL counts as zero). */
    static BigDecimal score(Item item, List<Rule> rules, Map<String, ResponseValue> given) {
        QtiProcessor processor = new QtiProcessor(item, given);
        processor.run(rules);
        Value score = processor.outcomes.getOrDefault("SCORE", Value.NULL);
        return score.isNull() || !(score.first() instanceof BigDecimal number) ? BigDecimal.ZERO : number;
    }

    private boolean run(List<Rule> rules) {
        for (Rule rule : rules) {
            boolean exit = switch (rule) {
                case Rule.SetOutcome set -> {
                    outcomes.put(set.identifier(), coerce(eval(set.value()), set.identifier()));
                    yield false;
                }
                case Rule.Condition condition -> runCondition(condition);
                case Rule.Exit exitRule -> true;
            };
            if (exit) {
                return true;
            }
        }
        return false;
    }

    private boolean runCondition(Rule.Condition condition) {
        for (Rule.Branch branch : condition.branches()) {
            if (isTrue(eval(branch.test()))) {
                return run(branch.rules());
            }
        }
        return run(condition.otherwise());
    }

    private Value coerce(Value value, String outcome) {
        Optional<OutcomeDeclaration> declaration = item.outcomes().stream()
                .filter(o -> o.identifier().equals(outcome)).findFirst();
        if (declaration.isPresent() && declaration.get().baseType() == BaseType.INTEGER && !value.isNull()
                && value.first() instanceof BigDecimal number) {
            return Value.single(number.setScale(0, RoundingMode.DOWN));
        }
        return value;
    }

    private static boolean isTrue(Value value) {
        return !value.isNull() && Boolean.TRUE.equals(value.first());
    }

    private Value eval(Expression e) {
        List<Expression> ops = e.operands();
        return switch (e.operator()) {
            case "baseValue" -> Value.single(parse(e.text(), BaseType.ofQti(e.attribute("baseType"))));
            case "variable" -> variable(e.attribute("identifier"));
            case "correct" -> declaration(e.attribute("identifier"))
                    .flatMap(ResponseDeclaration::correct).map(c -> toValue(c, declaration(e.attribute("identifier")).get()))
                    .orElse(Value.NULL);
            case "default" -> item.outcomes().stream().filter(o -> o.identifier().equals(e.attribute("identifier")))
                    .findFirst().map(QtiProcessor::initial).orElse(Value.NULL);
            case "null" -> Value.NULL;
            case "mapResponse" -> mapResponse(e.attribute("identifier"));
            case "mapResponsePoint" -> mapResponsePoint(e.attribute("identifier"));
            case "isNull" -> bool(eval(ops.getFirst()).isNull());
            case "match" -> match(eval(ops.get(0)), eval(ops.get(1)));
            case "and" -> logic(ops, true);
            case "or" -> logic(ops, false);
            case "not" -> {
                Value v = eval(ops.getFirst());
                yield v.isNull() ? Value.NULL : bool(!isTrue(v));
            }
            case "equal", "lt", "gt", "lte", "gte" -> compare(e);
            case "sum", "product", "max", "min" -> aggregate(e.operator(), ops);
            case "subtract", "divide", "integerDivide", "power" -> arithmetic(e.operator(), ops);
            case "round", "truncate" -> {
                BigDecimal n = number(eval(ops.getFirst()));
                yield n == null ? Value.NULL : Value.single(n.setScale(0,
                        e.operator().equals("round") ? RoundingMode.HALF_UP : RoundingMode.DOWN));
            }
            case "member" -> {
                Value v = eval(ops.get(0));
                Value container = eval(ops.get(1));
                yield v.isNull() || container.isNull() ? Value.NULL : bool(container.members().contains(v.first()));
            }
            case "contains" -> contains(eval(ops.get(0)), eval(ops.get(1)));
            case "multiple", "ordered" -> container(e.operator(), ops);
            case "containerSize" -> Value.single(BigDecimal.valueOf(eval(ops.getFirst()).members().size()));
            case "delete" -> {
                Value v = eval(ops.get(0));
                Value container = eval(ops.get(1));
                if (v.isNull() || container.isNull()) {
                    yield Value.NULL;
                }
                List<Object> left = new ArrayList<>(container.members());
                left.removeIf(m -> m.equals(v.first()));
                yield new Value(container.cardinality(), left);
            }
            case "index" -> {
                Value container = eval(ops.getFirst());
                int n = Integer.parseInt(e.attribute("n").trim());
                yield n >= 1 && n <= container.members().size() ? Value.single(container.members().get(n - 1))
                        : Value.NULL;
            }
            case "stringMatch" -> {
                Value a = eval(ops.get(0));
                Value b = eval(ops.get(1));
                if (a.isNull() || b.isNull()) {
                    yield Value.NULL;
                }
                String x = a.first().toString();
                String y = b.first().toString();
                boolean caseSensitive = !"false".equals(e.attribute("caseSensitive"));
                if (!caseSensitive) {
                    x = x.toLowerCase(Locale.ROOT);
                    y = y.toLowerCase(Locale.ROOT);
                }
                yield bool("true".equals(e.attribute("substring")) ? x.contains(y) : x.equals(y));
            }
            case "substring" -> {
                Value a = eval(ops.get(0));
                Value b = eval(ops.get(1));
                if (a.isNull() || b.isNull()) {
                    yield Value.NULL;
                }
                boolean caseSensitive = !"false".equals(e.attribute("caseSensitive"));
                String x = a.first().toString();
                String y = b.first().toString();
                yield bool(caseSensitive ? y.contains(x)
                        : y.toLowerCase(Locale.ROOT).contains(x.toLowerCase(Locale.ROOT)));
            }
            case "patternMatch" -> {
                Value v = eval(ops.getFirst());
                yield v.isNull() ? Value.NULL
                        : bool(Pattern.compile(e.attribute("pattern")).matcher(v.first().toString()).matches());
            }
            case "inside" -> {
                Value v = eval(ops.getFirst());
                AreaMapping.Area area = new AreaMapping.Area(e.attribute("shape"), coords(e.attribute("coords")),
                        BigDecimal.ZERO);
                yield v.isNull() ? Value.NULL
                        : bool(v.members().stream().anyMatch(p -> p instanceof Point point && inside(point, area)));
            }
            case "anyN" -> {
                int min = Integer.parseInt(e.attribute("min").trim());
                int max = Integer.parseInt(e.attribute("max").trim());
                int trues = 0;
                int nulls = 0;
                for (Expression op : ops) {
                    Value v = eval(op);
                    if (v.isNull()) {
                        nulls++;
                    } else if (isTrue(v)) {
                        trues++;
                    }
                }
                if (trues > max) {
                    yield bool(false);
                }
                if (trues >= min && trues + nulls <= max) {
                    yield bool(true);
                }
                yield trues + nulls < min ? bool(false) : Value.NULL;
            }
            default -> throw new IllegalStateException("operator " + e.operator() + " passed import unchecked");
        };
    }

    private Value variable(String identifier) {
        if (responses.containsKey(identifier)) {
            return responses.get(identifier);
        }
        return outcomes.getOrDefault(identifier, Value.NULL);
    }

    private Optional<ResponseDeclaration> declaration(String identifier) {
        return item.response(identifier);
    }

    private Value mapResponse(String identifier) {
        Optional<ResponseDeclaration> declaration = declaration(identifier);
        if (declaration.isEmpty() || declaration.get().mapping().isEmpty()) {
            return Value.NULL;
        }
        Mapping mapping = declaration.get().mapping().get();
        Value response = responses.get(identifier);
        Set<Integer> used = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Object member : new LinkedHashSet<>(response.members())) {
            if ("".equals(member)) {
                continue;
            }
            BigDecimal points = mapping.defaultValue();
            for (int i = 0; i < mapping.entries().size(); i++) {
                Mapping.Entry entry = mapping.entries().get(i);
                if (!used.contains(i) && keyMatches(entry, member, declaration.get().baseType())) {
                    used.add(i);
                    points = entry.value();
                    break;
                }
            }
            total = total.add(points);
        }
        return Value.single(bound(total, mapping.lowerBound(), mapping.upperBound()));
    }

    private Value mapResponsePoint(String identifier) {
        Optional<ResponseDeclaration> declaration = declaration(identifier);
        if (declaration.isEmpty() || declaration.get().areaMapping().isEmpty()) {
            return Value.NULL;
        }
        AreaMapping mapping = declaration.get().areaMapping().get();
        Set<Integer> used = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Object member : responses.get(identifier).members()) {
            if (!(member instanceof Point point)) {
                continue;
            }
            BigDecimal points = mapping.defaultValue();
            for (int i = 0; i < mapping.areas().size(); i++) {
                if (!used.contains(i) && inside(point, mapping.areas().get(i))) {
                    used.add(i);
                    points = mapping.areas().get(i).value();
                    break;
                }
            }
            total = total.add(points);
        }
        return Value.single(bound(total, mapping.lowerBound(), mapping.upperBound()));
    }

    static boolean inside(Point p, AreaMapping.Area area) {
        List<Integer> c = area.coords();
        return switch (area.shape().toLowerCase(Locale.ROOT)) {
            case "rect" -> p.x() >= c.get(0) && p.x() <= c.get(2) && p.y() >= c.get(1) && p.y() <= c.get(3);
            case "circle" -> {
                long dx = p.x() - c.get(0);
                long dy = p.y() - c.get(1);
                yield dx * dx + dy * dy <= (long) c.get(2) * c.get(2);
            }
            case "ellipse" -> {
                double dx = (p.x() - c.get(0)) / (double) c.get(2);
                double dy = (p.y() - c.get(1)) / (double) c.get(3);
                yield dx * dx + dy * dy <= 1.0;
            }
            case "poly" -> {
                boolean in = false;
                int n = c.size() / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = c.get(2 * i);
                    double yi = c.get(2 * i + 1);
                    double xj = c.get(2 * j);
                    double yj = c.get(2 * j + 1);
                    if ((yi > p.y()) != (yj > p.y()) && p.x() < (xj - xi) * (p.y() - yi) / (yj - yi) + xi) {
                        in = !in;
                    }
                }
                yield in;
            }
            case "default" -> true;
            default -> false;
        };
    }

    private static boolean keyMatches(Mapping.Entry entry, Object member, BaseType type) {
        Object key = parse(entry.key(), type);
        if (key instanceof BigDecimal a && member instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (type == BaseType.STRING && !entry.caseSensitive() && key != null) {
            return key.toString().equalsIgnoreCase(member.toString());
        }
        return member.equals(key);
    }

    private static BigDecimal bound(BigDecimal value, Optional<BigDecimal> lower, Optional<BigDecimal> upper) {
        BigDecimal result = value;
        if (lower.isPresent() && result.compareTo(lower.get()) < 0) {
            result = lower.get();
        }
        if (upper.isPresent() && result.compareTo(upper.get()) > 0) {
            result = upper.get();
        }
        return result;
    }

    private static Value match(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return Value.NULL;
        }
        return bool(switch (a.cardinality()) {
            case MULTIPLE -> multiset(a.members()).equals(multiset(b.members()));
            case ORDERED -> numericEqualLists(a.members(), b.members());
            default -> a.members().size() == 1 && b.members().size() == 1 && same(a.first(), b.first());
        });
    }

    private static boolean numericEqualLists(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static Map<Object, Integer> multiset(List<Object> members) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Object m : members) {
            counts.merge(m instanceof BigDecimal n ? n.stripTrailingZeros() : m, 1, Integer::sum);
        }
        return counts;
    }

    private Value logic(List<Expression> operands, boolean and) {
        boolean sawNull = false;
        for (Expression op : operands) {
            Value v = eval(op);
            if (v.isNull()) {
                sawNull = true;
            } else if (isTrue(v) != and) {
                return bool(!and);
            }
        }
        return sawNull ? Value.NULL : bool(and);
    }

    private Value compare(Expression e) {
        BigDecimal a = number(eval(e.operands().get(0)));
        BigDecimal b = number(eval(e.operands().get(1)));
        if (a == null || b == null) {
            return Value.NULL;
        }
        int c = a.compareTo(b);
        return bool(switch (e.operator()) {
            case "lt" -> c < 0;
            case "gt" -> c > 0;
            case "lte" -> c <= 0;
            case "gte" -> c >= 0;
            default -> equalWithTolerance(a, b, e);
        });
    }

    private static boolean equalWithTolerance(BigDecimal a, BigDecimal b, Expression e) {
        String mode = e.attributes().getOrDefault("toleranceMode", "exact");
        if (mode.equals("exact")) {
            return a.compareTo(b) == 0;
        }
        String[] tolerance = e.attributes().getOrDefault("tolerance", "0").trim().split("\\s+");
        BigDecimal t0 = new BigDecimal(tolerance[0]);
        BigDecimal t1 = tolerance.length > 1 ? new BigDecimal(tolerance[1]) : t0;
        BigDecimal low;
        BigDecimal high;
        if (mode.equals("relative")) {
            BigDecimal hundred = BigDecimal.valueOf(100);
            low = a.multiply(BigDecimal.ONE.subtract(t0.divide(hundred, MATH)));
            high = a.multiply(BigDecimal.ONE.add(t1.divide(hundred, MATH)));
        } else {
            low = a.subtract(t0);
            high = a.add(t1);
        }
        boolean includeLower = !"false".equals(e.attribute("includeLowerBound"));
        boolean includeUpper = !"false".equals(e.attribute("includeUpperBound"));
        int lowCompare = b.compareTo(low);
        int highCompare = b.compareTo(high);
        return (includeLower ? lowCompare >= 0 : lowCompare > 0) && (includeUpper ? highCompare <= 0 : highCompare < 0);
    }

    private Value aggregate(String operator, List<Expression> operands) {
        BigDecimal result = null;
        for (Expression op : operands) {
            Value v = eval(op);
            if (v.isNull()) {
                return Value.NULL;
            }
            for (Object member : v.members()) {
                if (!(member instanceof BigDecimal n)) {
                    return Value.NULL;
                }
                result = result == null ? n : switch (operator) {
                    case "sum" -> result.add(n);
                    case "product" -> result.multiply(n);
                    case "max" -> result.max(n);
                    default -> result.min(n);
                };
            }
        }
        return Value.single(result);
    }

    private Value arithmetic(String operator, List<Expression> operands) {
        BigDecimal a = number(eval(operands.get(0)));
        BigDecimal b = number(eval(operands.get(1)));
        if (a == null || b == null) {
            return Value.NULL;
        }
        return switch (operator) {
            case "subtract" -> Value.single(a.subtract(b));
            case "divide" -> b.signum() == 0 ? Value.NULL : Value.single(a.divide(b, MATH));
            case "integerDivide" -> b.signum() == 0 ? Value.NULL
                    : Value.single(a.divide(b, 0, RoundingMode.FLOOR));
            default -> Value.single(new BigDecimal(Math.pow(a.doubleValue(), b.doubleValue()), MATH));
        };
    }

    private Value contains(Value container, Value part) {
        if (container.isNull() || part.isNull()) {
            return Value.NULL;
        }
        if (container.cardinality() == Cardinality.ORDERED) {
            return bool(Collections.indexOfSubList(container.members(), part.members()) >= 0);
        }
        Map<Object, Integer> have = multiset(container.members());
        for (Map.Entry<Object, Integer> need : multiset(part.members()).entrySet()) {
            if (have.getOrDefault(need.getKey(), 0) < need.getValue()) {
                return bool(false);
            }
        }
        return bool(true);
    }

    private Value container(String operator, List<Expression> operands) {
        List<Object> members = new ArrayList<>();
        for (Expression op : operands) {
            members.addAll(eval(op).members());
        }
        return members.isEmpty() ? Value.NULL
                : new Value(operator.equals("multiple") ? Cardinality.MULTIPLE : Cardinality.ORDERED, members);
    }

    private static BigDecimal number(Value v) {
        return !v.isNull() && v.first() instanceof BigDecimal n ? n : null;
    }

    private static Value bool(boolean b) {
        return Value.single(b);
    }

    private static Value initial(OutcomeDeclaration outcome) {
        if (!outcome.defaultValues().isEmpty()) {
            List<Object> members = new ArrayList<>();
            for (String part : outcome.defaultValues()) {
                members.add(parse(part, outcome.baseType()));
            }
            return new Value(outcome.cardinality(), members);
        }
        // QTI: numeric outcomes without a default start at zero, all others at NULL.
        return outcome.baseType().isNumeric() && outcome.cardinality() == Cardinality.SINGLE
                ? Value.single(BigDecimal.ZERO) : Value.NULL;
    }

    /** A response as a QTI value of its declaration's type. */
    static Value toValue(ResponseValue response, ResponseDeclaration declaration) {
        BaseType type = declaration.baseType();
        boolean directed = type != BaseType.PAIR;
        return switch (response) {
            case ResponseValue.Empty empty -> Value.NULL;
            case ResponseValue.Identifier id -> Value.single(parse(id.id(), type));
            case ResponseValue.Text text -> Value.single(parse(text.text(), type));
            case ResponseValue.Number number -> Value.single(type.isNumeric() ? number.value()
                    : number.value().toPlainString());
            case ResponseValue.Point point -> Value.single(new Point(point.x(), point.y()));
            case ResponseValue.IdentifierSet set -> set.ids().isEmpty() ? Value.NULL
                    : new Value(Cardinality.MULTIPLE, set.ids().stream().map(s -> parse(s, type)).toList());
            case ResponseValue.OrderedIdentifiers ordered -> ordered.ids().isEmpty() ? Value.NULL
                    : new Value(Cardinality.ORDERED, ordered.ids().stream().map(s -> (Object) s).toList());
            case ResponseValue.PairSet pairs -> pairs.pairs().isEmpty() ? Value.NULL
                    : new Value(declaration.cardinality() == Cardinality.SINGLE ? Cardinality.SINGLE
                            : Cardinality.MULTIPLE, pairs.pairs().stream()
                            .map(p -> (Object) Pair.of(p.first(), p.second(), directed)).toList());
        };
    }

    /** A QTI value's text form parsed by its base type; {@code null} when it does not parse. */
    static Object parse(String text, BaseType type) {
        if (text == null) {
            return null;
        }
        String t = type == BaseType.STRING ? text : text.trim();
        try {
            return switch (type) {
                case INTEGER, FLOAT -> new BigDecimal(t.replace(',', '.'));
                case BOOLEAN -> Boolean.parseBoolean(t);
                case PAIR, DIRECTED_PAIR -> {
                    String[] ids = t.split("\\s+");
                    yield ids.length == 2 ? Pair.of(ids[0], ids[1], type == BaseType.DIRECTED_PAIR) : null;
                }
                case POINT -> {
                    String[] xy = t.split("\\s+");
                    yield xy.length == 2 ? new Point(Integer.parseInt(xy[0]), Integer.parseInt(xy[1])) : null;
                }
                default -> t;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<Integer> coords(String text) {
        List<Integer> coords = new ArrayList<>();
        for (String c : text.trim().split("\\s*,\\s*")) {
            coords.add((int) Math.round(Double.parseDouble(c)));
        }
        return coords;
    }
}
