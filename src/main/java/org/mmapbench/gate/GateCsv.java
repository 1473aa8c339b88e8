package org.mmapbench.gate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.util.CsvText;

/**
 * The gate's rows as CSV ({@code gate.csv}): one line per row, machine-readable numbers (Locale.ROOT,
 * up to 8 significant digits, blank for "not applicable"), LF line ends.
 */
public final class GateCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("key", "name", "metric", "unit", "better", "baseline_forks",
            "baseline", "baseline_spread", "candidate_forks", "candidate", "candidate_spread", "ratio", "ci_low",
            "ci_high", "p", "p_holm", "mde", "verdict", "note", "baseline_unsteady_forks", "candidate_unsteady_forks");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private GateCsv() {
    }

    private static String count(int n) {
        return n < 0 ? "" : Integer.toString(n);
    }

    /** The CSV text. */
    public static String render(GateResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            for (GateRow r : result.rows()) {
                boolean tested = !Double.isNaN(r.baselineCentre());
                p.printRecord(CsvText.cells(r.key(), r.name(), r.metric(), r.unit(), r.higherIsBetter() ? "higher" : "lower",
                        tested ? Integer.toString(r.baselineForks()) : "", GateFormat.machine(r.baselineCentre()),
                        GateFormat.machine(r.baselineSpread()),
                        tested ? Integer.toString(r.candidateForks()) : "", GateFormat.machine(r.candidateCentre()),
                        GateFormat.machine(r.candidateSpread()), GateFormat.machine(r.ratio()),
                        GateFormat.machine(r.ciLow()), GateFormat.machine(r.ciHigh()), GateFormat.machine(r.p()),
                        GateFormat.machine(r.pAdjusted()), GateFormat.machine(r.mde()), r.verdict().label(), r.note(),
                        count(r.baselineUnsteady()), count(r.candidateUnsteady())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
