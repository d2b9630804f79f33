package org.examroom.terminal.journal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.wire.Jsons;

/**
 * An append-only file of JSON lines, one per {@link JournalEntry}, for one attempt. {@link #answer} returns only after
 * the line is forced to the disk, so an answer the screen has shown as given survives a power cut. Reopening replays
 * the lines in order; a torn last line (the power went during the write) is dropped, since its answer was never
 * confirmed to the applicant. When every answer is acknowledged the file is rewritten to the latest answer per item,
 * which keeps it short without losing what a restart needs.
 */
public final class AnswerJournal implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AnswerJournal.class.getName());
    private static final int COMPACT_AFTER_LINES = 500;

    private final Path file;
    private final Clock clock;
    private FileChannel channel;
    private long lastSeq;
    private int lines;
    private final Map<String, JournalEntry.Answer> latest = new LinkedHashMap<>();
    private final Map<String, Long> acknowledged = new LinkedHashMap<>();
    private final Set<String> flagged = new LinkedHashSet<>();
    private String position = "";

    private AnswerJournal(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Opens the journal at {@code file}, replaying what it holds; creates it (owner-only) when absent. */
    public static AnswerJournal open(Path file, Clock clock) {
        AnswerJournal journal = new AnswerJournal(file, clock);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                journal.replay(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            journal.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The answer journal " + file + " cannot be opened", e);
        }
        return journal;
    }

    /** Records an answer and forces it to disk; returns its sequence number. */
    public synchronized JournalEntry.Answer answer(String item, JsonObject response) {
        JournalEntry.Answer entry = new JournalEntry.Answer(lastSeq + 1, item, response, clock.instant());
        append(entry);
        return entry;
    }

    /** The controller committed {@code seq} for {@code item}: that answer and every older one of the item are safe. */
    public synchronized void acknowledge(String item, long seq) {
        if (seq <= acknowledged.getOrDefault(item, 0L)) {
            return;
        }
        append(new JournalEntry.Acknowledged(seq, item));
        if (pending().isEmpty() && lines > COMPACT_AFTER_LINES) {
            compact();
        }
    }

    public synchronized void position(String item) {
        if (!item.equals(position)) {
            append(new JournalEntry.Position(item));
        }
    }

    public synchronized void flag(String item, boolean on) {
        if (flagged.contains(item) != on) {
            append(new JournalEntry.Flag(item, on));
        }
    }

    /** The latest answer to each item not yet acknowledged, oldest first: what must still reach the controller. */
    public synchronized List<JournalEntry.Answer> pending() {
        return latest.values().stream()
                .filter(a -> a.seq() > acknowledged.getOrDefault(a.item(), 0L))
                .sorted(Comparator.comparingLong(JournalEntry.Answer::seq))
                .toList();
    }

    /** The latest answer to each item, acknowledged or not. */
    public synchronized Map<String, JsonObject> answers() {
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        latest.forEach((item, a) -> answers.put(item, a.response()));
        return answers;
    }

    public synchronized Set<String> flagged() {
        return Set.copyOf(flagged);
    }

    /** The question last shown, if any. */
    public synchronized Optional<String> lastPosition() {
        return position.isEmpty() ? Optional.empty() : Optional.of(position);
    }

    public Path file() {
        return file;
    }

    /** Rewrites the file to what replay needs: the latest answer per item, its acknowledgement, flags, position. */
    public synchronized void compact() {
        List<JournalEntry> keep = new ArrayList<>();
        for (JournalEntry.Answer a : latest.values().stream()
                .sorted(Comparator.comparingLong(JournalEntry.Answer::seq)).toList()) {
            keep.add(a);
            long ack = acknowledged.getOrDefault(a.item(), 0L);
            if (ack > 0) {
                keep.add(new JournalEntry.Acknowledged(ack, a.item()));
            }
        }
        flagged.forEach(item -> keep.add(new JournalEntry.Flag(item, true)));
        if (!position.isEmpty()) {
            keep.add(new JournalEntry.Position(position));
        }
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OwnerOnly.restrict(next);
            StringBuilder text = new StringBuilder();
            keep.forEach(e -> text.append(JournalCodec.line(e)).append('\n'));
            write(out, text.toString());
            out.force(true);
            channel.close();
            try {
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            lines = keep.size();
        } catch (IOException e) {
            throw new UncheckedIOException("The answer journal " + file + " cannot be compacted", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the answer journal failed", e);
        }
    }

    private void append(JournalEntry entry) {
        try {
            write(channel, JournalCodec.line(entry) + "\n");
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("The answer journal " + file + " cannot be written", e);
        }
        apply(entry);
        lines++;
    }

    private static void write(FileChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private void replay(List<String> text) {
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                apply(JournalCodec.parse(line));
                lines++;
            } catch (JsonParsingException | IllegalArgumentException | ClassCastException | NullPointerException e) {
                if (i == text.size() - 1) {
                    LOG.log(System.Logger.Level.WARNING, "The journal''s last line was cut short and is dropped: {0}", file);
                    truncateTornTail(text.subList(0, i));
                } else {
                    throw new IllegalStateException("The answer journal " + file + " is damaged at line " + (i + 1), e);
                }
            }
        }
    }

    private void truncateTornTail(List<String> good) {
        try {
            StringBuilder keep = new StringBuilder();
            good.forEach(l -> keep.append(l).append('\n'));
            Files.writeString(file, keep, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(JournalEntry entry) {
        switch (entry) {
            case JournalEntry.Answer a -> {
                lastSeq = Math.max(lastSeq, a.seq());
                latest.put(a.item(), a);
            }
            case JournalEntry.Acknowledged k -> acknowledged.merge(k.item(), k.seq(), Math::max);
            case JournalEntry.Position p -> position = p.item();
            case JournalEntry.Flag f -> {
                if (f.flagged()) {
                    flagged.add(f.item());
                } else {
                    flagged.remove(f.item());
                }
            }
        }
    }

    /** The JSON line of each entry. */
    static final class JournalCodec {

        private JournalCodec() {
        }

        static String line(JournalEntry entry) {
            return switch (entry) {
                case JournalEntry.Answer a -> Jsons.createObjectBuilder().add("t", "answer").add("seq", a.seq())
                        .add("item", a.item()).add("at", a.at().toString()).add("response", a.response()).build().toString();
                case JournalEntry.Acknowledged k -> Jsons.createObjectBuilder().add("t", "ack").add("seq", k.seq())
                        .add("item", k.item()).build().toString();
                case JournalEntry.Position p -> Jsons.createObjectBuilder().add("t", "at").add("item", p.item()).build().toString();
                case JournalEntry.Flag f -> Jsons.createObjectBuilder().add("t", "flag").add("item", f.item())
                        .add("on", f.flagged()).build().toString();
            };
        }

        static JournalEntry parse(String line) {
            JsonObject o;
            try (var reader = Jsons.createReader(new StringReader(line))) {
                o = reader.readObject();
            }
            return switch (o.getString("t")) {
                case "answer" -> new JournalEntry.Answer(o.getJsonNumber("seq").longValueExact(), o.getString("item"),
                        o.getJsonObject("response"), Instant.parse(o.getString("at")));
                case "ack" -> new JournalEntry.Acknowledged(o.getJsonNumber("seq").longValueExact(), o.getString("item"));
                case "at" -> new JournalEntry.Position(o.getString("item"));
                case "flag" -> new JournalEntry.Flag(o.getString("item"), o.get("on") == JsonValue.TRUE);
                default -> throw new IllegalArgumentException("unknown journal line kind " + o.getString("t"));
            };
        }
    }
}
