package org.examroom.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written top to bottom: a cursor that wraps text, draws fill-in lines, tables and
 * signature lines, and starts a new page when the current one is full. Every document is built on one.
 */
final class Sheet implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 25 * MM;
    static final float RIGHT = A4.getWidth() - 15 * MM;
    static final float TOP = A4.getHeight() - 18 * MM;
    static final float BOTTOM = 18 * MM;
    static final float WIDTH = RIGHT - LEFT;

    static final float TEXT = 11;
    static final float SMALL = 8;

    private final PDDocument document = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    final PDFont mono;
    private PDPageContentStream out;
    private float y;

    Sheet(String title) {
        regular = font("LiberationSans-Regular");
        bold = font("LiberationSans-Bold");
        mono = font("LiberationMono-Bold");
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("ExamRoom");
        document.setDocumentInformation(info);
        newPage();
    }

    private PDFont font(String name) {
        try (InputStream in = Sheet.class.getClassLoader().getResourceAsStream("liberation/" + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("font liberation/" + name + ".ttf is missing from the class path");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page and puts the cursor at its top. */
    void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float y() {
        return y;
    }

    /** Moves the cursor down. */
    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless this much height is left on the current one. */
    void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by '?', so that no name stops a print. */
    static String printable(PDFont font, String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = Character.isISOControl(cp) ? " " : Character.toString(cp);
            try {
                font.encode(one);
                result.append(one);
            } catch (IOException | IllegalArgumentException e) {
                result.append('?');
            }
        });
        return result.toString();
    }

    /** Text at a point; the baseline is at {@code baseline}. */
    void text(PDFont font, float size, float x, float baseline, String text) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(printable(font, text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line centred on the page. */
    void centred(PDFont font, float size, String text) {
        keep(size * 1.4f);
        y -= size * 1.25f;
        text(font, size, LEFT + (WIDTH - width(font, size, text)) / 2, y, text);
        y -= size * 0.25f;
    }

    /** A paragraph wrapped to the page width, starting {@code indent} from the left margin. */
    void paragraph(PDFont font, float size, float indent, String text) {
        for (String line : wrap(font, size, WIDTH - indent, text)) {
            keep(size * 1.4f);
            y -= size * 1.2f;
            text(font, size, LEFT + indent, y, line);
            y -= size * 0.2f;
        }
    }

    void paragraph(String text) {
        paragraph(regular, TEXT, 0, text);
    }

    /**
     * A labelled field: the label, then the value on an underline running to the right margin. An empty
     * value leaves the underline blank to be filled in by hand. Long values wrap onto further underlines.
     */
    void field(String label, String value) {
        float labelWidth = width(regular, TEXT, label) + 4;
        float firstWidth = WIDTH - labelWidth;
        List<String> lines = value.isBlank() ? List.of("") : wrap(regular, TEXT, firstWidth - 6, value);
        keep(TEXT * 2);
        y -= TEXT * 1.5f;
        text(regular, TEXT, LEFT, y, label);
        text(regular, TEXT, LEFT + labelWidth + 2, y, lines.getFirst());
        line(LEFT + labelWidth, y - 2, RIGHT, y - 2, 0.5f);
        if (lines.size() > 1) {
            String rest = String.join(" ", lines.subList(1, lines.size()));
            for (String more : wrap(regular, TEXT, WIDTH - 6, rest)) {
                keep(TEXT * 2);
                y -= TEXT * 1.5f;
                text(regular, TEXT, LEFT + 2, y, more);
                line(LEFT, y - 2, RIGHT, y - 2, 0.5f);
            }
        }
        y -= 3;
    }

    /** A small caption under the last line, e.g. «(фамилия, имя, отчество)», centred at x. */
    void caption(float centre, String text) {
        float w = width(regular, SMALL, text);
        text(regular, SMALL, centre - w / 2, y - SMALL - 2.5f, text);
    }

    void captionLine(String text) {
        caption(LEFT + WIDTH / 2, text);
        y -= SMALL + 4;
    }

    /** Empty underlines to write on by hand. */
    void blankLines(int count) {
        for (int i = 0; i < count; i++) {
            keep(TEXT * 2);
            y -= TEXT * 1.6f;
            line(LEFT, y - 2, RIGHT, y - 2, 0.5f);
        }
        y -= 3;
    }

    /**
     * A signature line: the role on the left, then «____ / name» with «(подпись)» and «(ФИО)» captions.
     * An empty name leaves its line blank.
     */
    void signature(String role, String name) {
        float signatureStart = LEFT + WIDTH * 0.40f;
        float signatureEnd = signatureStart + 35 * MM;
        float nameStart = signatureEnd + 4 * MM;
        List<String> roleLines = wrap(regular, TEXT, signatureStart - LEFT - 6, role);
        keep(TEXT * 1.5f * roleLines.size() + SMALL + 12);
        y -= TEXT * 1.8f;
        float top = y;
        for (int i = 0; i < roleLines.size(); i++) {
            text(regular, TEXT, LEFT, top - i * TEXT * 1.2f, roleLines.get(i));
        }
        line(signatureStart, y - 2, signatureEnd, y - 2, 0.5f);
        text(regular, TEXT, signatureEnd + 0.8f * MM, y, "/");
        line(nameStart, y - 2, RIGHT, y - 2, 0.5f);
        if (!name.isBlank()) {
            float size = TEXT;
            while (size > 7 && width(regular, size, name) > RIGHT - nameStart - 4) {
                size -= 0.5f;
            }
            text(regular, size, nameStart + 2, y, name);
        }
        caption((signatureStart + signatureEnd) / 2, "(подпись)");
        caption((nameStart + RIGHT) / 2, "(ФИО)");
        y -= Math.max(SMALL + 4, TEXT * 1.2f * (roleLines.size() - 1) + 2);
    }

    /** A column of a table: its heading and its share of the page width. */
    record Column(String heading, float share) {
    }

    /**
     * A bordered table with a bold heading row repeated on every page; cells wrap. Each row has as many
     * cells as there are columns.
     */
    void table(List<Column> columns, List<List<String>> rows, float size) {
        float total = (float) columns.stream().mapToDouble(Column::share).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).share() / total;
        }
        List<String> heading = columns.stream().map(Column::heading).toList();
        row(widths, heading, bold, size, 0);
        for (List<String> row : rows) {
            float height = rowHeight(widths, row, regular, size, 14);
            if (y - height < BOTTOM) {
                newPage();
                row(widths, heading, bold, size, 0);
            }
            row(widths, row, regular, size, 14);
        }
    }

    private float rowHeight(float[] widths, List<String> cells, PDFont font, float size, float minimum) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(font, size, widths[i] - 6, cells.get(i)).size());
        }
        return Math.max(minimum + size, lines * size * 1.2f + 6);
    }

    private void row(float[] widths, List<String> cells, PDFont font, float size, float minimum) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells for " + widths.length + " columns");
        }
        float height = rowHeight(widths, cells, font, size, minimum);
        keep(height);
        float x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            List<String> lines = wrap(font, size, widths[i] - 6, cells.get(i));
            for (int l = 0; l < lines.size(); l++) {
                text(font, size, x + 3, y - 3 - size - l * size * 1.2f, lines.get(l));
            }
            rectangle(x, y - height, widths[i], height);
            x += widths[i];
        }
        y -= height;
    }

    void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            out.setLineWidth(thickness);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashed line, for where to cut. */
    void cutLine(float x1, float y1, float x2, float y2) {
        try {
            out.setStrokingColor(Color.GRAY);
            out.setLineDashPattern(new float[] {4, 3}, 0);
            line(x1, y1, x2, y2, 0.5f);
            out.setLineDashPattern(new float[0], 0);
            out.setStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rectangle(float x, float y, float width, float height) {
        try {
            out.setLineWidth(0.5f);
            out.addRect(x, y, width, height);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void filled(float x, float y, float width, float height) {
        try {
            out.addRect(x, y, width, height);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Box for a choice, ticked or not, followed by its label on the current line. */
    void choice(boolean ticked, String label) {
        keep(TEXT * 2);
        y -= TEXT * 1.6f;
        float box = TEXT * 0.9f;
        rectangle(LEFT + 10, y - 1, box, box);
        if (ticked) {
            line(LEFT + 10, y - 1, LEFT + 10 + box, y - 1 + box, 0.8f);
            line(LEFT + 10, y - 1 + box, LEFT + 10 + box, y - 1, 0.8f);
        }
        text(regular, TEXT, LEFT + 10 + box + 6, y, label);
    }

    /** Words of the text laid out in lines no wider than {@code width}; over-long words are broken. */
    List<String> wrap(PDFont font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, size, word) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The finished PDF. */
    byte[] finish() {
        try {
            out.close();
            out = null;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
