package org.mmapbench.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * Saves charts as PNG ({@link BitmapEncoder}) and SVG ({@link VectorGraphicsEncoder}), headless.
 *
 * <p>NOTE: rendering needs AWT in headless mode; {@link #ensureHeadless()} sets
 * {@code java.awt.headless=true} unless the caller chose otherwise before AWT started.
 */
public final class ChartWriter {
    private ChartWriter() {
    }

    /** Sets {@code java.awt.headless=true} when not set, so charts render without a display. */
    public static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Writes {@code <stem>.png} and {@code <stem>.svg} into {@code dir} and returns the SVG text. */
    public static String write(NamedChart c, Path dir) throws IOException {
        ensureHeadless();
        try (OutputStream png = Files.newOutputStream(dir.resolve(c.stem() + ".png"))) {
            BitmapEncoder.saveBitmap(c.chart(), png, BitmapEncoder.BitmapFormat.PNG);
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(c.chart(), svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        byte[] bytes = svg.toByteArray();
        Files.write(dir.resolve(c.stem() + ".svg"), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
