package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.count;
import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.ReportData;
import org.mmapbench.util.CsvText;

/** Writes {@code results.csv}: one row per run x benchmark x params x metric (schema in {@code reports/README.md}). */
public final class ResultsCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "environment", "benchmark", "workload", "variant", "mode", "params", "corpus", "strategy", "cache",
        "metric", "unit", "forks", "iterations", "samples", "median", "mean", "score", "score_error_999",
        "ci95_low", "ci95_high", "ci_method", "raw_data", "corpus_bytes", "gb_per_s", "alloc_bytes_per_op", "unsteady_forks"
    };

    private ResultsCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (ResultRow r : data.rows()) {
                var b = r.result();
                StringJoiner params = new StringJoiner(";");
                for (Map.Entry<String, String> e : b.params().entrySet()) {
                    params.add(e.getKey() + "=" + e.getValue());
                }
                p.printRecord(CsvText.cells(r.runId(), r.environment(), b.benchmark(), r.workload(), b.method(), b.mode().shortName(),
                        params.toString(), nz(b.param("corpus")), nz(b.param("strategy")), nz(b.param("cache")),
                        r.metric(), r.unit(), r.forks(), r.iterations(), count(r.samples()), csv(r.median()), csv(r.mean()),
                        csv(r.score()), csv(r.error()), csv(r.ci().low()), csv(r.ci().high()), r.ciMethod(),
                        r.lowerConfidence() ? "no" : "yes", count(r.corpusBytes()), csv(r.gbPerSecond()),
                        csv(r.allocBytesPerOp()), r.unsteadyForks() == null ? "" : Integer.toString(r.unsteadyForks().size())));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
