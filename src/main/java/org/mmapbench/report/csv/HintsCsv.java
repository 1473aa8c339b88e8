package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.HintRow;
import org.mmapbench.report.ReportData;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code hints.csv}: every hint benchmark beside its strategy's control, with the bytes read
 * from the device per operation (empty when the run did not measure {@code os.read_bytes}).
 */
public final class HintsCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "workload", "corpus", "cache", "strategy", "hint", "call", "unit", "median", "ci95_low", "ci95_high",
        "ratio_to_control", "ratio_ci95_low", "ratio_ci95_high", "read_bytes_per_op"
    };

    private HintsCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (HintRow h : data.hints()) {
                p.printRecord(CsvText.cells(h.runId(), h.workload(), h.corpus(), h.cache(), h.strategy(), h.hint(), h.call(), h.unit(),
                        csv(h.time()), csv(h.timeCi().low()), csv(h.timeCi().high()), csv(h.ratio()), csv(h.ratioCi().low()),
                        csv(h.ratioCi().high()), h.readBytesMeasured() ? csv(h.readBytes()) : ""));
            }
        }
    }
}
