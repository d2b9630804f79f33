package org.examroom.launcher.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures the walks need: a small black JPEG for identity photos, and a window's picture for docs/screens. */
public final class Pictures {

    private Pictures() {
    }

    /** A black JPEG of the given size, as a camera in a dark room gives. */
    public static byte[] jpeg(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what the scene shows to {@code target/screens/NAME.png}, for docs/screens. */
    public static void snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        javafx.scene.image.Image fx = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage png = new BufferedImage((int) fx.getWidth(), (int) fx.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
    }
}
