package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.Anatomy;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code anatomy.csv}: for each of the five comparisons and each side, one row per measured
 * step, one for the residual "other" and one for the whole operation, each with its microseconds,
 * its share of the whole and the side's status ({@link Anatomy}). An unmeasured figure is empty.
 */
public final class AnatomyCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "workload", "corpus", "strategy", "part", "benchmark", "us_per_op", "share_of_whole", "explained", "status", "run_id"
    };
    /** The {@code part} of the residual row. */
    public static final String OTHER = "other (not explained)";
    /** The {@code part} of the whole-operation row. */
    public static final String WHOLE = "whole operation";

    private AnatomyCsv() {
    }

    /** Writes the table. */
    public static void write(List<Anatomy.Comparison> comparisons, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (Anatomy.Comparison c : comparisons) {
                for (Anatomy.Side s : c.sides()) {
                    String status = s.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    String explained = number(s.explained());
                    double whole = s.whole() == null ? Double.NaN : s.whole().micros();
                    for (Anatomy.Part part : s.parts()) {
                        double t = part.time() == null ? Double.NaN : part.time().micros();
                        p.printRecord(CsvText.cells(c.spec().workload(), Anatomy.CORPUS, s.spec().strategy(), part.step().label(),
                                part.step().shortName(), number(t), number(t / whole), explained, status,
                                part.time() == null ? "" : part.time().runId()));
                    }
                    p.printRecord(CsvText.cells(c.spec().workload(), Anatomy.CORPUS, s.spec().strategy(), OTHER, "",
                            number(s.otherMicros()), number(s.otherMicros() / whole), explained, status, ""));
                    p.printRecord(CsvText.cells(c.spec().workload(), Anatomy.CORPUS, s.spec().strategy(), WHOLE,
                            c.spec().benchmarkClass() + ".fair", number(whole), s.whole() == null ? "" : csv(1), explained, status,
                            s.whole() == null ? "" : s.whole().runId()));
                }
            }
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : csv(v);
    }
}
