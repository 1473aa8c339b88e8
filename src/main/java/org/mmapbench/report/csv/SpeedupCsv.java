package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.count;
import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.util.CsvText;

/** Writes {@code speedup.csv}: mapped vs regular per run x workload x corpus x variant x mode x cache. */
public final class SpeedupCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "environment", "workload", "variant", "mode", "corpus", "corpus_bytes", "cache", "other_params",
        "regular_strategy", "mapped_strategy", "unit", "regular_median", "mapped_median", "speedup",
        "ci95_low", "ci95_high", "ci_method", "verdict"
    };

    private SpeedupCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (SpeedupRow s : data.speedups()) {
                p.printRecord(CsvText.cells(s.runId(), s.environment(), s.workload(), s.variant(), s.mode().shortName(), s.corpus(),
                        count(s.corpusBytes()), s.cache(), s.otherParams(), s.regularStrategy(), s.mappedStrategy(),
                        s.unit(), csv(s.regularCentral()), csv(s.mappedCentral()), csv(s.ratio()), csv(s.ci().low()),
                        csv(s.ci().high()), s.method(), s.verdict()));
            }
        }
    }
}
