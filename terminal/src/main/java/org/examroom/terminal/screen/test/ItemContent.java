package org.examroom.terminal.screen.test;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.examroom.common.content.Item;
import org.examroom.terminal.screen.richtext.Block;
import org.examroom.terminal.screen.richtext.ItemMarkup;
import org.examroom.terminal.screen.richtext.RichText;

/** An item's texts (body, prompts, choices) as rich text, its pictures fetched from the item's media. */
final class ItemContent {

    /** Choices and prompts stay narrower than the page, beside their radio button or tick box. */
    private static final double CHOICE_WIDTH = 640;

    private ItemContent() {
    }

    static VBox body(Item.PublicItem item, ItemMedia media) {
        return RichText.of(ItemMarkup.parse(item.body()), pictures(item, media));
    }

    /**
     * Sets a control's label from a fragment of the item: as its text when it is plain, so that it wraps and reads as
     * any label, otherwise as rich text in its graphic.
     */
    static void label(Labeled control, String xhtml, Item.PublicItem item, ItemMedia media) {
        List<Block> blocks = ItemMarkup.parse(xhtml);
        Optional<String> plain = ItemMarkup.plainText(blocks);
        if (plain.isPresent()) {
            control.setText(plain.get());
        } else {
            control.setText("");
            control.setGraphic(RichText.of(blocks, pictures(item, media), CHOICE_WIDTH));
        }
    }

    /** A fragment of the item (a prompt, a row to match) on its own. */
    static Node fragment(String xhtml, Item.PublicItem item, ItemMedia media, double widest) {
        return RichText.of(ItemMarkup.parse(xhtml), pictures(item, media), widest);
    }

    private static RichText.Pictures pictures(Item.PublicItem item, ItemMedia media) {
        return (source, then) -> ItemMedia.path(item.media(), source).ifPresentOrElse(
                path -> media.fetch(item.id(), path, then), () -> then.accept(Optional.empty()));
    }
}
