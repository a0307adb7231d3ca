package org.pustaka.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.DeviceException;

class FileBackedRfidPadTest {
    @TempDir
    Path dir;

    @Test
    void tagsAndTheirAfiSurviveAReopen() throws Exception {
        Path file = dir.resolve("pad.state");
        FileBackedRfidPad pad = FileBackedRfidPad.open(file);
        pad.place(DemoTags.tagFor("30000105", 2, 1, DemoTags.AFI_IN_STOCK));
        pad.place(DemoTags.tagFor("30000105", 2, 2, DemoTags.AFI_IN_STOCK));
        pad.writeAfi("E004015000010501", DemoTags.AFI_ON_LOAN);
        pad.remove("E004015000010502");

        FileBackedRfidPad again = FileBackedRfidPad.open(file);

        assertThat(again.inventory()).containsExactly("E004015000010501");
        assertThat(again.read("E004015000010501").afi()).isEqualTo(DemoTags.AFI_ON_LOAN);
        assertThat(again.read("E004015000010501").memory())
                .isEqualTo(DemoTags.tagFor("30000105", 2, 1, 0).memory());
        assertThat(again.allTags()).hasSize(2);
        assertThat(FilePadState.read(file)).filteredOn(e -> !e.onPad()).singleElement()
                .satisfies(e -> assertThat(e.uid()).isEqualTo("E004015000010502"));
    }

    @Test
    void aTagPutBackKeepsWhatWasWrittenToIt() throws Exception {
        FileBackedRfidPad pad = FileBackedRfidPad.open(dir.resolve("pad.state"));
        pad.place(DemoTags.tagFor("30000101"));
        pad.writeAfi("E004015000010101", DemoTags.AFI_ON_LOAN);
        pad.remove("E004015000010101");

        pad.place(DemoTags.tagFor("30000101"));

        assertThat(pad.read("E004015000010101").afi()).isEqualTo(DemoTags.AFI_ON_LOAN);
    }

    @Test
    void aFailedWriteChangesNothingOnDisk() throws Exception {
        Path file = dir.resolve("pad.state");
        FileBackedRfidPad pad = FileBackedRfidPad.open(file);
        pad.place(DemoTags.tagFor("30000101"));
        pad.simulator().failNextWrites(1);

        assertThatThrownBy(() -> pad.writeAfi("E004015000010101", DemoTags.AFI_ON_LOAN))
                .isInstanceOf(DeviceException.class);
        assertThat(FilePadState.read(file)).singleElement().satisfies(e ->
                assertThat(e.afi()).isEqualTo(DemoTags.AFI_IN_STOCK));
    }
}
