package org.mmapbench.util;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up an enum's constants by the short id that benchmark parameters, CSV columns and options write.
 *
 * <p>One lookup and one message for every enum with an id, so that a wrong parameter value reads the same
 * whichever enum it names: {@code unknown hint 'x' (known: normal, sequential, ...)}.
 */
public final class EnumIds {
    private EnumIds() {
    }

    /** The ids of every constant of {@code type}, in declaration order. */
    public static <E extends Enum<E>> List<String> ids(Class<E> type, Function<E, String> id) {
        return Arrays.stream(type.getEnumConstants()).map(id).toList();
    }

    /** The constant of {@code type} whose id is {@code text}, if there is one. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> id, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> id.apply(e).equals(text)).findFirst();
    }

    /**
     * The constant of {@code type} whose id is {@code text}; {@code what} names the kind of thing in the message.
     *
     * @throws IllegalArgumentException naming the text and every known id
     */
    public static <E extends Enum<E>> E byId(Class<E> type, Function<E, String> id, String text, String what) {
        return find(type, id, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + text + "' (known: " + String.join(", ", ids(type, id)) + ")"));
    }
}
