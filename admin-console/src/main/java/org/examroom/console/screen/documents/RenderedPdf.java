package org.examroom.console.screen.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as the console shows it: its pages as pictures, and its text (for search and for checks). */
public record RenderedPdf(String title, String fileName, byte[] pdf, List<BufferedImage> pages, String text) {

    /** Screen resolution: an A4 page is about 830 × 1170 pixels. */
    private static final float DPI = 100;

    public RenderedPdf {
        pages = List.copyOf(pages);
    }

    /** Reads and renders a PDF; a file that is not one fails with a message naming the document. */
    public static RenderedPdf of(String title, String fileName, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return new RenderedPdf(title, fileName, pdf, pages, new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException("«" + title + "» is not a readable PDF: " + e.getMessage(), e);
        }
    }
}
