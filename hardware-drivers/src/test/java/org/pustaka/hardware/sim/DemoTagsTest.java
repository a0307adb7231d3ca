package org.pustaka.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;

class DemoTagsTest {

    @Test
    void uidFollowsTheDemoRule() {
        assertThat(DemoTags.uidFor("30000105", 2)).isEqualTo("E004015000010502");
        assertThat(DemoTags.uidFor("30000120", 1)).isEqualTo("E004015000012001");
    }

    @Test
    void tagHoldsTheItemInThirtyTwoBytes() {
        SimTag tag = DemoTags.tagFor("30000105", 2, 1, DemoTags.AFI_ON_LOAN);

        assertThat(tag.uid()).isEqualTo("E004015000010501");
        assertThat(tag.afi()).isEqualTo(0xC2);
        assertThat(tag.blockCount()).isEqualTo(8);
        LibraryTag data = TagCodec.decode(tag.memory()).tag().orElseThrow();
        assertThat(data.itemId()).isEqualTo("30000105");
        assertThat(data.partsInItem()).isEqualTo(2);
        assertThat(data.partNumber()).isEqualTo(1);
        assertThat(data.country()).isEqualTo("ID");
        assertThat(data.isil()).isEqualTo("MLG01");
        assertThat(data.typeOfUsage()).isEqualTo(1);
    }

    @Test
    void singlePartItemsAreInStock() {
        assertThat(DemoTags.tagFor("30000101").afi()).isEqualTo(0x07);
    }

    @Test
    void itemIdsThatCannotMakeAUidAreRefused() {
        assertThatThrownBy(() -> DemoTags.uidFor("BUKU-XYZ", 1)).hasMessageContaining("6 digits");
        assertThatThrownBy(() -> DemoTags.uidFor("30000101", 0)).hasMessageContaining("part number");
    }
}
