package org.mmapbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** A {@link Canvas} that draws into a bitmap with Java2D, for the PNG copy of a chart. */
final class PngCanvas implements Canvas {
    private static final Font BASE = new Font("DejaVu Sans", Font.PLAIN, 11);
    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        g.setColor(colour(fill));
        g.fill(new Rectangle2D.Double(x, y, Math.max(0, w), Math.max(0, h)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        g.setColor(colour(colour));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f)
                : new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String colour, double width) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) width));
        g.draw(p);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(colour(fill));
        g.fill(e);
        if (stroke != null) {
            g.setColor(colour(stroke));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(e);
        }
    }

    @Override
    public void diamond(double cx, double cy, double r, String fill) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy);
        p.lineTo(cx, cy + r);
        p.lineTo(cx - r, cy);
        p.closePath();
        g.setColor(colour(fill));
        g.fill(p);
    }

    @Override
    public void text(double x, double y, String s, double size, Anchor anchor, String colour, boolean bold) {
        g.setFont(BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size));
        double w = anchor == Anchor.START ? 0 : g.getFontMetrics().stringWidth(s);
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
        g.setColor(colour(colour));
        g.drawString(s, (float) left, (float) y);
    }

    @Override
    public void beginGroup(String cssClass, String tooltip, Map<String, String> attributes) {
        // a bitmap has no hover text
    }

    @Override
    public void endGroup() {
        // nothing to close
    }

    /** The finished image. */
    BufferedImage finish() {
        g.dispose();
        return image;
    }
}
