package org.examroom.terminal.screen.richtext;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * {@link Block}s as JavaFX nodes: text flows of styled runs, lists, grids for tables, and pictures that replace their
 * words once loaded. Sizes and colours come from the style sheet ({@code rich-*} classes), so the font-size and
 * high-contrast switches apply to item text as to the rest of the screen.
 */
public final class RichText {

    /** The widest a picture is drawn, so that it fits beside the navigator on a 1024-pixel screen. */
    static final double MAX_PICTURE_WIDTH = 720;

    /** Where pictures come from; {@code then} runs on the FX thread, with nothing when the picture cannot be had. */
    @FunctionalInterface
    public interface Pictures {
        void load(String source, Consumer<Optional<byte[]>> then);

        static Pictures none() {
            return (source, then) -> then.accept(Optional.empty());
        }
    }

    private RichText() {
    }

    /** The blocks one under the other, as wide as they are given. */
    public static VBox of(List<Block> blocks, Pictures pictures) {
        return of(blocks, pictures, Double.MAX_VALUE);
    }

    /**
     * The blocks, asking for no more than {@code widest} pixels: inside a control's label, where nothing else would
     * make the text wrap.
     */
    public static VBox of(List<Block> blocks, Pictures pictures, double widest) {
        VBox box = new VBox(10);
        box.getStyleClass().add("rich-text");
        for (Block block : blocks) {
            box.getChildren().add(block(block, pictures, widest));
        }
        return box;
    }

    /** A text flow whose preferred width is at most {@code widest}, so that it wraps rather than runs off. */
    private static final class BoundedFlow extends TextFlow {
        private final double widest;

        BoundedFlow(double widest) {
            this.widest = widest;
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(widest, super.computePrefWidth(height));
        }
    }

    private static Node block(Block block, Pictures pictures, double widest) {
        return switch (block) {
            case Block.Paragraph(List<Inline> inlines, boolean heading) -> {
                TextFlow flow = flow(inlines, pictures, widest);
                flow.getStyleClass().add(heading ? "rich-heading" : "rich-paragraph");
                yield flow;
            }
            case Block.ListBlock(boolean ordered, List<List<Block>> entries) -> {
                VBox list = new VBox(6);
                list.getStyleClass().add("rich-list");
                for (int i = 0; i < entries.size(); i++) {
                    Text marker = run(ordered ? (i + 1) + "." : "•");
                    VBox entry = of(entries.get(i), pictures, widest - 40);
                    HBox.setHgrow(entry, Priority.ALWAYS);
                    HBox row = new HBox(8, new TextFlow(marker), entry);
                    row.setPadding(new Insets(0, 0, 0, 16));
                    list.getChildren().add(row);
                }
                yield list;
            }
            case Block.Table(List<List<Block.Cell>> rows) -> table(rows, pictures, widest);
            case Block.Preformatted(String text) -> {
                Text run = run(text);
                run.getStyleClass().add("rich-code");
                TextFlow flow = new BoundedFlow(widest);
                flow.getChildren().add(run);
                flow.getStyleClass().add("rich-preformatted");
                yield flow;
            }
        };
    }

    private static GridPane table(List<List<Block.Cell>> rows, Pictures pictures, double widest) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("rich-table");
        grid.setMaxWidth(Double.MAX_VALUE);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Block.Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                VBox cell = of(cells.get(c).blocks(), pictures, Math.min(widest, MAX_PICTURE_WIDTH) / Math.max(1, cells.size()));
                cell.getStyleClass().add(cells.get(c).header() ? "rich-header-cell" : "rich-cell");
                cell.setPadding(new Insets(4, 10, 4, 10));
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    /** One paragraph's runs in a text flow that wraps at the width it is given. */
    public static TextFlow flow(List<Inline> inlines, Pictures pictures, double widest) {
        TextFlow flow = new BoundedFlow(widest);
        for (Inline inline : inlines) {
            flow.getChildren().add(switch (inline) {
                case Inline.Text(String text, var styles) -> {
                    Text run = run(text);
                    for (Inline.Style style : styles) {
                        run.getStyleClass().add(switch (style) {
                            case BOLD -> "rich-bold";
                            case ITALIC -> "rich-italic";
                            case UNDERLINE -> "rich-underline";
                            case CODE -> "rich-code";
                            case SUB -> "rich-sub";
                            case SUP -> "rich-sup";
                        });
                    }
                    if (styles.contains(Inline.Style.SUB) || styles.contains(Inline.Style.SUP)) {
                        double shift = styles.contains(Inline.Style.SUP) ? -0.45 : 0.25;
                        run.fontProperty().addListener((o, before, font) -> run.setTranslateY(shift * font.getSize()));
                        run.setTranslateY(shift * run.getFont().getSize());
                    }
                    yield run;
                }
                case Inline.Break b -> run("\n");
                case Inline.Gap g -> {
                    Text gap = run("\u2007______\u2007");
                    gap.getStyleClass().add("rich-gap");
                    yield gap;
                }
                case Inline.Image(String source, String alt) -> picture(source, alt, pictures);
            });
        }
        return flow;
    }

    private static Text run(String text) {
        Text run = new Text(text);
        run.getStyleClass().add("rich-run");
        return run;
    }

    /** The picture's words at first; the picture itself once its bytes are here and decode. */
    private static Node picture(String source, String alt, Pictures pictures) {
        Text words = run("[" + (alt.isBlank() ? "…" : alt) + "]");
        words.getStyleClass().add("rich-picture-words");
        StackPane holder = new StackPane(words);
        holder.getStyleClass().add("rich-picture");
        holder.setAlignment(Pos.CENTER_LEFT);
        Consumer<Optional<byte[]>> show = bytes -> bytes.ifPresent(b -> {
            Image image = new Image(new ByteArrayInputStream(b));
            if (image.isError() || image.getWidth() <= 0) {
                return;
            }
            ImageView view = new ImageView(image);
            view.getStyleClass().add("item-image");
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(Math.min(image.getWidth(), MAX_PICTURE_WIDTH));
            if (!alt.isBlank()) {
                view.setAccessibleText(alt);
            }
            holder.getChildren().setAll(view);
        });
        Optional<byte[]> inline = dataUri(source);
        if (inline.isPresent()) {
            show.accept(inline);
        } else if (!source.isBlank()) {
            pictures.load(source, show);
        }
        return holder;
    }

    /** The bytes of a {@code data:…;base64,} picture written into the item itself. */
    static Optional<byte[]> dataUri(String source) {
        int comma = source.indexOf(',');
        if (!source.startsWith("data:") || comma < 0 || !source.substring(0, comma).endsWith(";base64")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(source.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
