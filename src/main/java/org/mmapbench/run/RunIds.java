package org.mmapbench.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.mmapbench.util.UserInputException;

/** Run ids: the name of a run's folder, by default a UTC timestamp and the profile, e.g. {@code 20261127T041500Z-quick}. */
public final class RunIds {
    /** What a run id may look like: letters, digits, dot, dash and underscore, starting with a letter or digit. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    /** The default run id for a run of {@code profile} starting at {@code start}. */
    public static String defaultId(Instant start, BenchProfile profile) {
        return STAMP.format(start) + "-" + profile.id();
    }

    /** Checks a user-given run id. */
    public static String validate(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new UserInputException("--run-id: '" + id + "' is not a valid run id (letters, digits, '.', '-', '_'; at most 100 characters)");
        }
        return id;
    }
}
