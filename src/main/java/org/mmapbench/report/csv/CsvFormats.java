package org.mmapbench.report.csv;

import org.apache.commons.csv.CSVFormat;

/** The one CSV dialect of every report table: RFC 4180 quoting, {@code \n} line ends, a header row. */
final class CsvFormats {
    private CsvFormats() {
    }

    /** The format with the given header. */
    static CSVFormat withHeader(String... header) {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get();
    }
}
