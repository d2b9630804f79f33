package org.examroom.terminal.screen.test;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Messages;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.journal.AnswerJournal;
import org.examroom.terminal.session.SessionState;

/**
 * The test as the applicant works on it. Every answer goes to the journal (forced to disk) before this returns, then
 * the session sends it; the screen never waits for the network. Instructions from the controller arrive through
 * {@link #instruction}; the clock and connection through {@link #update}. Needs no running toolkit.
 */
public final class TestViewModel {

    /** What the applicant can see of a question in the navigator. */
    public enum ItemStatus { ANSWERED, UNANSWERED }

    private final List<Item.PublicItem> items;
    private final AnswerJournal journal;
    private final Runnable answerJournaled;
    private final Messages messages;
    private final boolean calculatorAllowed;
    private final ItemMedia media;
    private final Map<String, Map<String, ResponseValue>> responses = new LinkedHashMap<>();
    private final Set<String> flagged = new HashSet<>();

    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final LongProperty remainingSeconds = new SimpleLongProperty(-1);
    private final ObjectProperty<TimeWarning> warning = new SimpleObjectProperty<>(TimeWarning.NONE);
    private final BooleanProperty online = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final ObjectProperty<FinishStage> finishStage = new SimpleObjectProperty<>(FinishStage.ANSWERING);
    private final IntegerProperty pendingAnswers = new SimpleIntegerProperty(0);

    public TestViewModel(List<Item.PublicItem> items, AnswerJournal journal, Runnable answerJournaled,
                         Messages messages, boolean calculatorAllowed) {
        this(items, journal, answerJournaled, messages, calculatorAllowed, ItemMedia.none());
    }

    public TestViewModel(List<Item.PublicItem> items, AnswerJournal journal, Runnable answerJournaled,
                         Messages messages, boolean calculatorAllowed, ItemMedia media) {
        this.media = media;
        this.items = List.copyOf(items);
        this.journal = journal;
        this.answerJournaled = answerJournaled;
        this.messages = messages;
        this.calculatorAllowed = calculatorAllowed;
        journal.answers().forEach((item, json) -> responses.put(item, new LinkedHashMap<>(ResponseValueJson.itemFromJson(json))));
        flagged.addAll(journal.flagged());
        journal.lastPosition().ifPresent(item -> {
            for (int i = 0; i < this.items.size(); i++) {
                if (this.items.get(i).id().equals(item)) {
                    index.set(i);
                }
            }
        });
        index.addListener((o, before, now) -> {
            if (now.intValue() >= 0 && now.intValue() < this.items.size()) {
                journal.position(this.items.get(now.intValue()).id());
            }
        });
    }

    public List<Item.PublicItem> items() {
        return items;
    }

    public Item.PublicItem current() {
        return items.get(index.get());
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    /** Grows by one at each change of answers or flags, for the navigator to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public void go(int to) {
        if (to >= 0 && to < items.size()) {
            index.set(to);
        }
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    /** The applicant's value for one interaction of an item, {@link ResponseValue.Empty} when none. */
    public ResponseValue response(String item, String responseIdentifier) {
        return responses.getOrDefault(item, Map.of()).getOrDefault(responseIdentifier, new ResponseValue.Empty());
    }

    /**
     * Records an answer: journaled and forced to disk before this returns, then handed to the sender. Refused
     * (returns false) while the clock is stopped, the terminal locked or the time up.
     */
    public boolean answer(String item, String responseIdentifier, ResponseValue value) {
        if (!canAnswer()) {
            return false;
        }
        if (value.equals(response(item, responseIdentifier))) {
            return true;
        }
        Map<String, ResponseValue> itemResponses = responses.computeIfAbsent(item, k -> new LinkedHashMap<>());
        itemResponses.put(responseIdentifier, value);
        JsonObject json = ResponseValueJson.itemToJson(itemResponses);
        journal.answer(item, json);
        answerJournaled.run();
        pendingAnswers.set(journal.pending().size());
        revision.set(revision.get() + 1);
        return true;
    }

    public boolean canAnswer() {
        return !paused.get() && !locked.get() && warning.get() != TimeWarning.TIME_UP
                && (finishStage.get() == FinishStage.ANSWERING || finishStage.get() == FinishStage.SUMMARY);
    }

    public ItemStatus status(String item) {
        return responses.getOrDefault(item, Map.of()).values().stream().anyMatch(TestViewModel::isGiven)
                ? ItemStatus.ANSWERED : ItemStatus.UNANSWERED;
    }

    private static boolean isGiven(ResponseValue value) {
        return switch (value) {
            case ResponseValue.Empty e -> false;
            case ResponseValue.Text t -> !t.text().isBlank();
            case ResponseValue.IdentifierSet s -> !s.ids().isEmpty();
            case ResponseValue.OrderedIdentifiers o -> !o.ids().isEmpty();
            case ResponseValue.PairSet p -> !p.pairs().isEmpty();
            default -> true;
        };
    }

    public boolean isFlagged(String item) {
        return flagged.contains(item);
    }

    public void toggleFlag() {
        String item = current().id();
        boolean on = !flagged.contains(item);
        journal.flag(item, on);
        if (on) {
            flagged.add(item);
        } else {
            flagged.remove(item);
        }
        revision.set(revision.get() + 1);
    }

    /** Numbers (from 1) of the questions without an answer, for the summary before finishing. */
    public List<Integer> unanswered() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (status(items.get(i).id()) == ItemStatus.UNANSWERED) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** Where the pictures in the items' bodies come from. */
    public ItemMedia media() {
        return media;
    }

    public boolean calculatorAllowed() {
        return calculatorAllowed;
    }

    /** The clock, connection and unsent answers as the session knows them now. */
    public void update(SessionState state) {
        online.set(state.online());
        paused.set(state.paused());
        pendingAnswers.set(state.pendingAnswers());
        state.remainingSeconds().ifPresent(r -> {
            remainingSeconds.set(r);
            warning.set(TimeWarning.of(r));
        });
    }

    /** Acts on an instruction from the controller; returns whether the attempt is over on this terminal. */
    public boolean instruction(TerminalApi.Instruction instruction) {
        switch (instruction.kind()) {
            case "MESSAGE" -> message.set(instruction.payload().getString("text", ""));
            case "PAUSE" -> {
                paused.set(true);
                message.set(messages.get("test.paused", instruction.payload().getString("reason", "")));
            }
            case "RESUME" -> {
                paused.set(false);
                message.set(messages.get("test.resumed"));
            }
            case "EXTEND" -> message.set(messages.get("test.extended",
                    instruction.payload().containsKey("minutes") ? instruction.payload().get("minutes").toString() : "?"));
            case "LOCK" -> {
                locked.set(true);
                message.set(messages.get("test.locked"));
            }
            case "REMOVE", "FINISHED" -> {
                return true;
            }
            default -> message.set(instruction.payload().getString("text", instruction.kind().toLowerCase(Locale.ROOT)));
        }
        return false;
    }

    /** "End attempt": shows the summary of unanswered questions. */
    public void endAttempt() {
        finishStage.set(FinishStage.SUMMARY);
    }

    /** Back from the summary or confirmation to the questions. */
    public void backToTest() {
        finishStage.set(FinishStage.ANSWERING);
    }

    /** "Send all and finish": asks for the final confirmation. */
    public void sendAllAndFinish() {
        finishStage.set(FinishStage.CONFIRM);
    }

    public void sending(boolean on) {
        finishStage.set(on ? FinishStage.SENDING : FinishStage.CONFIRM);
    }

    public ObjectProperty<FinishStage> finishStageProperty() {
        return finishStage;
    }

    public LongProperty remainingSecondsProperty() {
        return remainingSeconds;
    }

    public ObjectProperty<TimeWarning> warningProperty() {
        return warning;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public IntegerProperty pendingAnswersProperty() {
        return pendingAnswers;
    }

    /** {@code 1:05:09} or {@code 09:59}. */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
