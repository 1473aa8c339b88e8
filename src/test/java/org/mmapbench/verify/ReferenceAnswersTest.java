package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

class ReferenceAnswersTest {

    @TempDir
    Path dir;

    private final Cell find = Cells.get("find", "fair", "readAllBytes");

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("f.txt"), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileWithTheSameSizeAndTimeKeepsItsRememberedAnswer() throws IOException {
        ReferenceAnswers answers = new ReferenceAnswers();
        Path f = write("abc the def");
        FileTime time = Files.getLastModifiedTime(f);
        assertEquals(3, answers.expected(f, find).answer());
        write("abcdefg the");
        Files.setLastModifiedTime(f, time);
        assertEquals(3, answers.expected(f, find).answer(), "same path, size and time: the answer is not computed again");
    }

    @Test
    void aChangedFileGetsNewAnswers() throws IOException {
        ReferenceAnswers answers = new ReferenceAnswers();
        Path f = write("abc the def");
        assertEquals(3, answers.expected(f, find).answer());
        write("ab the def");
        assertEquals(2, answers.expected(f, find).answer(), "another size");
        FileTime time = Files.getLastModifiedTime(f);
        write("a the defg");
        Files.setLastModifiedTime(f, FileTime.fromMillis(time.toMillis() + 2_000));
        assertEquals(1, answers.expected(f, find).answer(), "same size, another modification time");
    }

    @Test
    void crossChecksSharingAnswersStillCatchAWrongCell() throws IOException {
        ReferenceAnswers answers = new ReferenceAnswers();
        Path f = write("abc the def");
        Cell wrong = new Cell(find.workload(), find.variant(), find.strategy(), Long.MAX_VALUE, p -> 4);
        assertEquals(CrossCheck.Status.PASS, CrossCheck.verify(List.of(f), List.of(find), answers).get(0).status());
        assertEquals(CrossCheck.Status.FAIL, CrossCheck.verify(List.of(f), List.of(wrong), answers).get(0).status());
    }
}
