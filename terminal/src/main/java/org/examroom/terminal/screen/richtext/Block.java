package org.examroom.terminal.screen.richtext;

import java.util.List;

/** A block of an item's body, in reading order. */
public sealed interface Block {

    record Paragraph(List<Inline> inlines, boolean heading) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /** A numbered or bulleted list; each entry is blocks of its own (nested lists included). */
    record ListBlock(boolean ordered, List<List<Block>> entries) implements Block {
        public ListBlock {
            entries = entries.stream().map(List::copyOf).toList();
        }
    }

    /** A simple table: rows of cells, no spans. */
    record Table(List<List<Cell>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    record Cell(List<Block> blocks, boolean header) {
        public Cell {
            blocks = List.copyOf(blocks);
        }
    }

    /** Text kept as written, line by line: program code, aligned figures. */
    record Preformatted(String text) implements Block {
    }
}
