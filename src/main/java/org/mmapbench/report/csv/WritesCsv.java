package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.WriteTables;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code durability.csv} (the durability 2 x 2: every write method of patch and replace,
 * none beside synced) and {@code write-modes.csv} (READ_WRITE beside PRIVATE mappings), one row per
 * run, workload, parameters and method. Columns of a side that was not measured are empty.
 */
public final class WritesCsv {
    private static final String[] DURABILITY = header("none", "synced", "synced_over_none");
    private static final String[] WRITE_MODES = header("read_write", "private", "private_over_read_write");

    private WritesCsv() {
    }

    private static String[] header(String a, String b, String ratio) {
        List<String> h = new ArrayList<>(List.of("run_id", "workload", "method", "other_params", "mode", "unit"));
        for (String side : List.of(a, b)) {
            h.addAll(List.of(side + "_median", side + "_ci95_low", side + "_ci95_high", side + "_write_bytes", side + "_syscw"));
        }
        h.addAll(List.of(ratio, "ratio_ci95_low", "ratio_ci95_high"));
        return h.toArray(String[]::new);
    }

    /** Writes {@code durability.csv}. */
    public static void writeDurability(ReportData data, Writer out) throws IOException {
        write(WriteTables.durability(data), DURABILITY, out);
    }

    /** Writes {@code write-modes.csv}. */
    public static void writeModes(ReportData data, Writer out) throws IOException {
        write(WriteTables.writeModes(data), WRITE_MODES, out);
    }

    private static void write(List<WriteTables.Row> rows, String[] header, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header))) {
            for (WriteTables.Row r : rows) {
                List<Object> rec = new ArrayList<>(List.of(r.runId(), r.workload(), r.method(), r.params(), r.mode(), r.unit()));
                side(rec, r.first());
                side(rec, r.second());
                rec.addAll(List.of(csv(r.ratio()), csv(r.ci().low()), csv(r.ci().high())));
                p.printRecord(CsvText.cells(rec.toArray()));
            }
        }
    }

    private static void side(List<Object> rec, WriteTables.Side s) {
        if (s == null) {
            rec.addAll(List.of("", "", "", "", ""));
            return;
        }
        rec.addAll(List.of(csv(s.time()), csv(s.ci().low()), csv(s.ci().high()), csv(s.writeBytes()), csv(s.syscw())));
    }
}
