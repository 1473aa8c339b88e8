package org.mmapbench.results;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.mmapbench.util.Decimals;
import org.mmapbench.util.UserInputException;

/**
 * The crash-consistency table of a run ({@value #FILE_NAME} beside {@code jmh.json}): for each
 * replace method, how many SIGKILLs landed inside the operation and what they left behind.
 *
 * @param corpus the corpus the replace ran on
 * @param rows one row per method
 */
public record CrashTable(String corpus, List<Row> rows) {
    /** The file name in a run folder. */
    public static final String FILE_NAME = "crash.csv";
    /** The columns, in order. */
    static final String[] HEADER = {"method", "description", "corpus", "operation_ms", "trials", "kills_inside", "before_start",
        "after_end", "original", "complete", "torn", "leftover_files", "kill_at_min", "kill_at_median", "kill_at_max"};

    /** Copies the list. */
    public CrashTable {
        rows = List.copyOf(rows);
    }

    /**
     * One replace method's kills.
     *
     * @param method the cell, {@code replace/variant/strategy}
     * @param description what it does to the file
     * @param operationMillis the warmed-up operation's median time in the children
     * @param trials children started
     * @param killsInside kills that landed inside the operation (original + complete + torn)
     * @param beforeStart kills before the operation started
     * @param afterEnd kills after it ended
     * @param original files left unchanged
     * @param complete files fully replaced
     * @param torn anything else
     * @param leftoverFiles inside kills that left another file (a temporary sibling) beside the target
     * @param killAtMin earliest inside kill as a fraction of the operation's duration
     * @param killAtMedian median inside kill, same scale
     * @param killAtMax latest inside kill, same scale
     */
    public record Row(String method, String description, double operationMillis, int trials, int killsInside, int beforeStart,
                      int afterEnd, int original, int complete, int torn, int leftoverFiles, double killAtMin, double killAtMedian,
                      double killAtMax) {
        /** Checks that the classified files add up to the kills inside. */
        public Row {
            if (original + complete + torn != killsInside) {
                throw new IllegalArgumentException(method + ": " + original + " + " + complete + " + " + torn + " files classified for "
                        + killsInside + " kills inside");
            }
        }
    }

    /** Writes the table as CSV. */
    public void write(Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, format())) {
            for (Row r : rows) {
                p.printRecord(r.method(), r.description(), corpus, number(r.operationMillis()), r.trials(), r.killsInside(),
                        r.beforeStart(), r.afterEnd(), r.original(), r.complete(), r.torn(), r.leftoverFiles(),
                        number(r.killAtMin()), number(r.killAtMedian()), number(r.killAtMax()));
            }
        }
    }

    /** Writes the table to {@code file}. */
    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    /**
     * Reads a {@value #FILE_NAME}.
     *
     * @throws UserInputException naming the file and the problem if it cannot be read or is malformed
     */
    public static CrashTable read(Path file) {
        List<Row> rows = new ArrayList<>();
        String corpus = "";
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                throw new UserInputException(file + ": not a crash table: header " + parser.getHeaderNames() + ", expected "
                        + List.of(HEADER));
            }
            for (CSVRecord c : parser) {
                corpus = c.get("corpus");
                rows.add(new Row(c.get("method"), c.get("description"), Double.parseDouble(c.get("operation_ms")),
                        Integer.parseInt(c.get("trials")), Integer.parseInt(c.get("kills_inside")), Integer.parseInt(c.get("before_start")),
                        Integer.parseInt(c.get("after_end")), Integer.parseInt(c.get("original")), Integer.parseInt(c.get("complete")),
                        Integer.parseInt(c.get("torn")), Integer.parseInt(c.get("leftover_files")), Double.parseDouble(c.get("kill_at_min")),
                        Double.parseDouble(c.get("kill_at_median")), Double.parseDouble(c.get("kill_at_max"))));
            }
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": not a crash table: " + e.getMessage(), e);
        }
        return new CrashTable(corpus, rows);
    }

    /** The crash table beside {@code run}'s JMH JSON, or null when the run has none. */
    public static CrashTable of(RunResults run) {
        Path dir = run.source() == null ? null : run.source().toAbsolutePath().getParent();
        return dir != null && Files.isRegularFile(dir.resolve(FILE_NAME)) ? read(dir.resolve(FILE_NAME)) : null;
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(HEADER).get();
    }

    /** 6 significant digits, plain notation, as every report CSV. */
    private static String number(double v) {
        return Decimals.significant(v, 6);
    }
}
