package org.mmapbench.report.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Saves charts as SVG ({@link SvgCanvas}: text as text, hover titles) and PNG ({@link PngCanvas}),
 * the same drawing in both.
 *
 * <p>NOTE: the PNG needs AWT in headless mode; {@link #ensureHeadless()} sets
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

    /** The chart as an SVG document. */
    public static String svg(NamedChart c) {
        Figure f = c.figure();
        SvgCanvas svg = new SvgCanvas(f.width(), f.height(), f.attributes());
        f.paint(svg);
        return svg.finish();
    }

    /** Writes {@code <stem>.png} and {@code <stem>.svg} into {@code dir} and returns the SVG text. */
    public static String write(NamedChart c, Path dir) throws IOException {
        ensureHeadless();
        String svg = svg(c);
        Files.writeString(dir.resolve(c.stem() + ".svg"), svg, StandardCharsets.UTF_8);
        PngCanvas png = new PngCanvas(c.figure().width(), c.figure().height());
        c.figure().paint(png);
        try (OutputStream out = Files.newOutputStream(dir.resolve(c.stem() + ".png"))) {
            if (!ImageIO.write(png.finish(), "png", out)) {
                throw new IOException("no PNG writer in this JDK");
            }
        }
        return svg;
    }
}
