package org.examroom.face.vision;

/** A face's bounding box in image pixels. */
public record Box(double x, double y, double width, double height) {

    /** The share of this box, 0 to 1, that lies inside an image of the given size. */
    public double visibleShare(int imageWidth, int imageHeight) {
        double visibleWidth = Math.max(0, Math.min(x + width, imageWidth) - Math.max(x, 0));
        double visibleHeight = Math.max(0, Math.min(y + height, imageHeight) - Math.max(y, 0));
        double area = width * height;
        return area <= 0 ? 0 : visibleWidth * visibleHeight / area;
    }

    Box scaled(double factor) {
        return new Box(x * factor, y * factor, width * factor, height * factor);
    }
}
