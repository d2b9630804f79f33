package org.examroom.terminal.screen.test;

import org.examroom.common.content.ItemText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Messages;

/** One interaction as controls; every change of the applicant's answer goes straight to the view model. */
final class InteractionView {

    private InteractionView() {
    }

    static Node of(Item.PublicItem item, Interaction interaction, TestViewModel model, Messages messages) {
        VBox box = new VBox(8);
        box.getStyleClass().add("interaction");
        box.setId("interaction-" + interaction.responseIdentifier());
        if (interaction.prompt() != null && !interaction.prompt().isBlank()) {
            Node prompt = ItemContent.fragment(interaction.prompt(), item, model.media(), Double.MAX_VALUE);
            prompt.getStyleClass().add("interaction-prompt");
            box.getChildren().add(prompt);
        }
        ResponseValue current = model.response(item.id(), interaction.responseIdentifier());
        Answer answer = value -> model.answer(item.id(), interaction.responseIdentifier(), value);
        box.getChildren().add(switch (interaction.type()) {
            case CHOICE, HOTTEXT -> interaction.maxChoices() == 1 ? single(item, interaction, current, answer, model.media())
                    : multiple(item, interaction, current, answer, model.media());
            case INLINE_CHOICE -> inline(interaction, current, answer);
            case TEXT_ENTRY, NUMERIC_ENTRY -> text(current, answer, false);
            case EXTENDED_TEXT -> text(current, answer, true);
            case ORDER, GRAPHIC_ORDER -> order(interaction, current, answer, messages);
            case MATCH, GRAPHIC_GAP_MATCH -> pairs(item, interaction.choices(), interaction.targets(), false, current, answer, model, messages);
            case GAP_MATCH -> pairs(item, interaction.targets(), interaction.choices(), true, current, answer, model, messages);
            case ASSOCIATE, GRAPHIC_ASSOCIATE -> pairs(item, interaction.choices(), interaction.choices(), false, current, answer, model, messages);
            default -> interaction.choices().isEmpty() ? text(current, answer, false)
                    : single(item, interaction, current, answer, model.media());
        });
        return box;
    }

    @FunctionalInterface
    private interface Answer {
        void give(ResponseValue value);
    }

    private static Node single(Item.PublicItem item, Interaction interaction, ResponseValue current, Answer answer,
                               ItemMedia media) {
        VBox options = new VBox(6);
        ToggleGroup group = new ToggleGroup();
        for (Choice choice : interaction.choices()) {
            RadioButton button = new RadioButton();
            ItemContent.label(button, choice.content(), item, media);
            button.setId("choice-" + choice.id());
            button.setWrapText(true);
            button.setToggleGroup(group);
            button.setSelected(current instanceof ResponseValue.Identifier(String id) && id.equals(choice.id()));
            button.setOnAction(e -> answer.give(new ResponseValue.Identifier(choice.id())));
            options.getChildren().add(button);
        }
        return options;
    }

    private static Node multiple(Item.PublicItem item, Interaction interaction, ResponseValue current, Answer answer,
                                 ItemMedia media) {
        VBox options = new VBox(6);
        Set<String> chosen = new HashSet<>(current instanceof ResponseValue.IdentifierSet(Set<String> ids) ? ids : Set.of());
        for (Choice choice : interaction.choices()) {
            CheckBox box = new CheckBox();
            ItemContent.label(box, choice.content(), item, media);
            box.setId("choice-" + choice.id());
            box.setWrapText(true);
            box.setSelected(chosen.contains(choice.id()));
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    if (interaction.maxChoices() > 0 && chosen.size() >= interaction.maxChoices()) {
                        box.setSelected(false);
                        return;
                    }
                    chosen.add(choice.id());
                } else {
                    chosen.remove(choice.id());
                }
                answer.give(new ResponseValue.IdentifierSet(chosen));
            });
            options.getChildren().add(box);
        }
        return options;
    }

    private static Node inline(Interaction interaction, ResponseValue current, Answer answer) {
        ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(interaction.choices()));
        box.setId("inline-" + interaction.responseIdentifier());
        box.setConverter(choiceText("—"));
        interaction.choices().stream()
                .filter(c -> current instanceof ResponseValue.Identifier(String id) && id.equals(c.id()))
                .findFirst().ifPresent(box::setValue);
        box.setOnAction(e -> Optional.ofNullable(box.getValue())
                .ifPresent(c -> answer.give(new ResponseValue.Identifier(c.id()))));
        return box;
    }

    private static Node text(ResponseValue current, Answer answer, boolean extended) {
        String now = current instanceof ResponseValue.Text(String text) ? text
                : current instanceof ResponseValue.Number(var n) ? n.toPlainString() : "";
        if (extended) {
            TextArea area = new TextArea(now);
            area.setId("extended-text");
            area.setWrapText(true);
            area.setPrefRowCount(8);
            area.textProperty().addListener((o, before, typed) -> answer.give(new ResponseValue.Text(typed)));
            return area;
        }
        TextField field = new TextField(now);
        field.setId("text-entry");
        field.setMaxWidth(360);
        field.textProperty().addListener((o, before, typed) -> answer.give(new ResponseValue.Text(typed)));
        return field;
    }

    private static Node order(Interaction interaction, ResponseValue current, Answer answer, Messages messages) {
        List<Choice> order = new ArrayList<>(interaction.choices());
        if (current instanceof ResponseValue.OrderedIdentifiers(List<String> ids)) {
            order.sort((a, b) -> Integer.compare(position(ids, a.id()), position(ids, b.id())));
        }
        ListView<Choice> list = new ListView<>(FXCollections.observableArrayList(order));
        list.setId("order");
        list.setPrefHeight(Math.min(8, order.size()) * 40 + 8);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : ItemText.plain(choice.content()));
            }
        });
        Button up = new Button(messages.get("test.order.up"));
        Button down = new Button(messages.get("test.order.down"));
        up.setId("order-up");
        down.setId("order-down");
        up.setOnAction(e -> move(list, -1, answer));
        down.setOnAction(e -> move(list, 1, answer));
        return new HBox(8, list, new VBox(8, up, down));
    }

    private static int position(List<String> ids, String id) {
        int i = ids.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static void move(ListView<Choice> list, int by, Answer answer) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        Choice moved = list.getItems().remove(from);
        list.getItems().add(to, moved);
        list.getSelectionModel().select(to);
        answer.give(new ResponseValue.OrderedIdentifiers(list.getItems().stream().map(Choice::id).toList()));
    }

    /**
     * One row per entry of {@code rows}, each with a list of {@code partners} to pair it with. Gaps pair the other
     * way round: the chosen gap text comes first, as QTI's gap matching records it.
     */
    private static Node pairs(Item.PublicItem item, List<Choice> rows, List<Choice> partners, boolean partnerFirst,
                              ResponseValue current, Answer answer, TestViewModel model, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Set<ResponseValue.Pair> made = new HashSet<>(current instanceof ResponseValue.PairSet(Set<ResponseValue.Pair> p) ? p : Set.of());
        int r = 0;
        for (Choice row : rows) {
            Node label = ItemContent.fragment(row.content(), item, model.media(), 420);
            List<Choice> options = partners.stream().filter(p -> !p.id().equals(row.id())).toList();
            ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(options));
            box.setId("pair-" + row.id());
            box.setConverter(choiceText(messages.get("test.match.none")));
            for (Choice option : options) {
                if (made.contains(pair(row, option, partnerFirst))) {
                    box.setValue(option);
                }
            }
            box.setOnAction(e -> {
                made.removeIf(p -> (partnerFirst ? p.second() : p.first()).equals(row.id()));
                if (box.getValue() != null) {
                    made.add(pair(row, box.getValue(), partnerFirst));
                }
                answer.give(new ResponseValue.PairSet(made));
            });
            grid.addRow(r++, label, box);
        }
        grid.setAlignment(Pos.TOP_LEFT);
        return grid;
    }

    private static ResponseValue.Pair pair(Choice row, Choice partner, boolean partnerFirst) {
        return partnerFirst ? new ResponseValue.Pair(partner.id(), row.id()) : new ResponseValue.Pair(row.id(), partner.id());
    }

    private static StringConverter<Choice> choiceText(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? none : ItemText.plain(choice.content());
            }

            @Override
            public Choice fromString(String text) {
                return null;
            }
        };
    }
}
