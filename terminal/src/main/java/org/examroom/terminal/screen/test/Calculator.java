package org.examroom.terminal.screen.test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.examroom.common.i18n.Messages;

/** A four-function calculator for exams that allow one: type or press an expression, then "=". */
public final class Calculator extends VBox {

    public Calculator(Messages messages) {
        super(8);
        getStyleClass().add("calculator");
        setId("calculator");
        setPadding(new Insets(12));
        TextField expression = new TextField();
        expression.setId("calculator-expression");
        Label result = new Label();
        result.setId("calculator-result");
        GridPane keys = new GridPane();
        keys.setHgap(6);
        keys.setVgap(6);
        String[] labels = {"7", "8", "9", "/", "4", "5", "6", "*", "1", "2", "3", "-", "0", ".", "C", "+", "(", ")", "="};
        for (int i = 0; i < labels.length; i++) {
            String key = labels[i];
            Button button = new Button(key);
            button.setMinWidth(56);
            button.setOnAction(e -> {
                switch (key) {
                    case "C" -> {
                        expression.clear();
                        result.setText("");
                    }
                    case "=" -> result.setText(evaluate(expression.getText()).map(BigDecimal::toPlainString).orElse("?"));
                    default -> expression.appendText(key);
                }
            });
            keys.add(button, i % 4, i / 4);
        }
        expression.setOnAction(e -> result.setText(evaluate(expression.getText()).map(BigDecimal::toPlainString).orElse("?")));
        getChildren().addAll(new Label(messages.get("test.calculator")), expression, result, keys);
    }

    /** The value of an expression of numbers, + − * /, and brackets; empty when it is not one. */
    public static Optional<BigDecimal> evaluate(String text) {
        try {
            Parser parser = new Parser(text.replace(" ", "").replace(',', '.').replace('×', '*').replace('÷', '/').replace('−', '-'));
            BigDecimal value = parser.sum();
            return parser.at == parser.text.length() ? Optional.of(value.stripTrailingZeros()) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        BigDecimal sum() {
            BigDecimal value = product();
            while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                char op = text.charAt(at++);
                BigDecimal next = product();
                value = op == '+' ? value.add(next) : value.subtract(next);
            }
            return value;
        }

        BigDecimal product() {
            BigDecimal value = factor();
            while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                char op = text.charAt(at++);
                BigDecimal next = factor();
                value = op == '*' ? value.multiply(next) : value.divide(next, MathContext.DECIMAL64);
            }
            return value;
        }

        BigDecimal factor() {
            char c = text.charAt(at);
            if (c == '-') {
                at++;
                return factor().negate();
            }
            if (c == '(') {
                at++;
                BigDecimal value = sum();
                if (text.charAt(at++) != ')') {
                    throw new NumberFormatException("no closing bracket");
                }
                return value;
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            return new BigDecimal(text.substring(start, at));
        }
    }
}
