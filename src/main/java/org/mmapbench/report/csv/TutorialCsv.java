package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.TutorialRow;
import org.mmapbench.util.CsvText;

/** Writes {@code tutorial.csv}: the Python article's five ratios beside this run's Java ratios. */
public final class TutorialCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "comparison", "workload", "corpus", "article_ratio",
        "idiomatic_ratio", "idiomatic_ci95_low", "idiomatic_ci95_high", "idiomatic_strategies", "idiomatic_note",
        "fair_ratio", "fair_ci95_low", "fair_ci95_high", "fair_strategies", "fair_note"
    };

    private TutorialCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (TutorialRow t : data.tutorial()) {
                List<Object> rec = new ArrayList<>(List.of(t.comparison(), t.workload(), org.mmapbench.report.Tutorial.CORPUS,
                        csv(t.articleRatio())));
                add(rec, t.idiomatic(), t.idiomaticNote());
                add(rec, t.fair(), t.fairNote());
                p.printRecord(CsvText.cells(rec.toArray()));
            }
        }
    }

    private static void add(List<Object> rec, SpeedupRow s, String note) {
        if (s == null) {
            rec.addAll(List.of("", "", "", "", note));
            return;
        }
        rec.addAll(List.of(csv(s.ratio()), csv(s.ci().low()), csv(s.ci().high()),
                s.mappedStrategy() + " vs " + s.regularStrategy() + " (" + s.mode().shortName() + (s.cache().isEmpty() ? "" : ", " + s.cache()) + ")",
                s.ci().known() ? "" : "no interval: " + s.method()));
    }
}
