package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoItemTest {

    @Test
    void tagUidsFollowTheDemoDataRule() {
        DemoItem multiPart = new DemoItem("30000105", "Belajar Bahasa Inggris: buku + CD", 2);
        assertThat(multiPart.tagUid(1)).isEqualTo("E004015000010501");
        assertThat(multiPart.tagUid(2)).isEqualTo("E004015000010502");
        assertThat(new DemoItem("30000120", "Rumah Kaca", 1).tagUid(1)).isEqualTo("E004015000012001");
    }

    @Test
    void partsOutsideTheItemAreRefused() {
        DemoItem item = new DemoItem("30000101", "Laskar Pelangi", 1);
        assertThatThrownBy(() -> item.tagUid(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoItem("30000101", "x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
