package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.CeilingRow;
import org.mmapbench.report.ReportData;
import org.mmapbench.util.CsvText;

/** Writes {@code ceilings.csv}: every throughput as a percentage of the ceiling measured in the same run. */
public final class CeilingsCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "benchmark", "params", "gb_per_s", "ceiling", "ceiling_gb_per_s", "percent_of_ceiling"
    };

    private CeilingsCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (CeilingRow c : data.ceilings()) {
                p.printRecord(CsvText.cells(c.runId(), c.benchmark(), c.params(), csv(c.gbPerSecond()), c.ceiling().label(),
                        csv(c.ceilingGbPerSecond()), csv(c.percent())));
            }
        }
    }
}
