package org.mmapbench.report.csv;

import static org.mmapbench.report.Numbers.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.Tutorial;
import org.mmapbench.report.TutorialRow;
import org.mmapbench.util.CsvText;

/**
 * Writes {@code tutorial.csv}: the Python article's five ratios beside the article's Python timed
 * here, the Java literal, idiomatic and fair ratios, and mapped against the strongest regular contender.
 */
public final class TutorialCsv {
    /** The column names, in order. */
    private static final String[] HEADER = {
        "comparison", "workload", "corpus", "article_ratio",
        "python_ratio", "python_note",
        "literal_ratio", "literal_ci95_low", "literal_ci95_high", "literal_strategies", "literal_note",
        "idiomatic_ratio", "idiomatic_ci95_low", "idiomatic_ci95_high", "idiomatic_strategies", "idiomatic_note",
        "fair_ratio", "fair_ci95_low", "fair_ci95_high", "fair_strategies", "fair_note",
        "contender_ratio", "contender_ci95_low", "contender_ci95_high", "contender_strategy", "contender_note"
    };

    private TutorialCsv() {
    }

    /** Writes the table. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (TutorialRow t : data.tutorial()) {
                List<Object> rec = new ArrayList<>(List.of(t.comparison(), t.workload(), org.mmapbench.report.Tutorial.CORPUS,
                        csv(t.articleRatio())));
                rec.add(t.python() == null ? "" : csv(t.python()));
                rec.add(t.pythonNote());
                add(rec, t.literal(), t.literalNote());
                add(rec, t.idiomatic(), t.idiomaticNote());
                add(rec, t.fair(), t.fairNote());
                addContender(rec, t.contender(), t.contenderNote());
                p.printRecord(CsvText.cells(rec.toArray()));
            }
        }
    }

    /** The contender's strategy is fixed in advance ({@link Tutorial#CONTENDER}), so it is named even when not measured. */
    private static void addContender(List<Object> rec, SpeedupRow s, String note) {
        if (s == null) {
            rec.addAll(List.of("", "", "", Tutorial.CONTENDER.label(), note));
            return;
        }
        rec.addAll(List.of(csv(s.ratio()), csv(s.ci().low()), csv(s.ci().high()),
                Tutorial.CONTENDER.label(),
                s.ci().known() ? "" : "no interval: " + s.method()));
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
