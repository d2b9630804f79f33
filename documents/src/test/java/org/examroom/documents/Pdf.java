package org.examroom.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back: its text, its pages' sizes and fonts, its pages as images. */
record Pdf(int pages, String text, List<String> fonts, List<Boolean> fontsEmbedded, float width, float height) {

    static Pdf read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
            PDPage first = document.getPage(0);
            return new Pdf(document.getNumberOfPages(), text.replaceAll("\\s+", " "), fonts, embedded,
                first.getMediaBox().getWidth(), first.getMediaBox().getHeight());
        }
    }

    static List<BufferedImage> images(byte[] bytes, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi));
            }
            return images;
        }
    }
}
