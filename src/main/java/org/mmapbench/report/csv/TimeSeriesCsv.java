package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.IterationPoint;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code timeseries.csv}: every measurement iteration of every fork of the cold-start
 * benchmarks (the {@code huge} profile), in order, with its throughput, major faults and device reads.
 */
public final class TimeSeriesCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "run_id", "workload", "variant", "strategy", "params", "fork", "iteration", "seconds_per_op", "mb_per_s",
        "major_faults_per_op", "read_bytes_per_op"
    };

    private TimeSeriesCsv() {
    }

    /** Writes the table. */
    public static void write(List<IterationPoint> points, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (IterationPoint i : points) {
                p.printRecord(CsvText.cells(i.runId(), i.workload(), i.variant(), i.strategy(), i.params(), Integer.toString(i.fork()),
                        Integer.toString(i.iteration()), csv(i.secondsPerOp()), csv(i.mbPerSecond()), csv(i.majorFaultsPerOp()),
                        csv(i.readBytesPerOp())));
            }
        }
    }
}
