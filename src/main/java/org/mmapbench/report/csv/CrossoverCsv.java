package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.count;
import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.CrossoverRow;
import org.mmapbench.report.ReportData;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code crossover.csv}: per run x workload x mode x cache x corpus family x mapped strategy x
 * regular side, the file size at which mapped overtakes regular, with its 95% bootstrap interval.
 */
public final class CrossoverCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "environment", "workload", "mode", "cache", "corpora", "pair", "mapped_strategy", "regular",
        "sizes", "smallest_bytes", "largest_bytes", "forks", "kind", "crossover_bytes", "crossings",
        "ci95_low_bytes", "ci95_high_bytes", "ci_method", "answer"
    };

    private CrossoverCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (CrossoverRow c : data.crossovers()) {
                p.printRecord(CsvText.cells(c.runId(), c.environment(), c.workload(), c.mode().shortName(), c.cache(), c.corpora(),
                        c.pair(), c.mappedStrategy(), c.regular(), Integer.toString(c.sizes().size()), count(c.smallest()),
                        count(c.largest()), Integer.toString(c.forks()), c.kind(), csv(c.estimate().bytes()),
                        Integer.toString(c.estimate().crossings()), csv(c.ciBytes().low()), csv(c.ciBytes().high()), c.method(),
                        c.answer()));
            }
        }
    }
}
