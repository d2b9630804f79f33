package org.examroom.face.vision;

/** A point in image pixels. */
public record Point(double x, double y) {

    double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    static Point midpoint(Point a, Point b) {
        return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
    }

    Point scaled(double factor) {
        return new Point(x * factor, y * factor);
    }
}
