package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** The device window's place as a pure function of the screen and the kiosk window (scale 1). */
class DevicesPlacementTest {
    private static final DevicesPlacement.Sizes SIZES = new DevicesPlacement.Sizes(520, 300, 24, 220);
    private static final Rectangle KIOSK = new Rectangle(0, 0, 1024, 600);

    @Test
    void onAWideScreenItStandsBesideTheKioskAtFullWidth() {
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1920, 1080), KIOSK, SIZES);
        assertThat(p.docked()).isFalse();
        assertThat(p.expanded()).isEqualTo(new Rectangle(1024, 0, 520, 600));
        assertThat(p.expanded().intersects(KIOSK)).isFalse();
    }

    @Test
    void onA1366ScreenItStandsBesideTheKioskNarrower() {
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1366, 768), KIOSK, SIZES);
        assertThat(p.docked()).isFalse();
        assertThat(p.expanded()).isEqualTo(new Rectangle(1024, 0, 342, 600));
        assertThat(p.expanded().intersects(KIOSK)).isFalse();
    }

    @Test
    void onA1280ScreenItDocksAsATabOutsideTheKiosk() {
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1280, 800), KIOSK, SIZES);
        assertThat(p.docked()).isTrue();
        assertThat(p.collapsed()).isEqualTo(new Rectangle(1256, 190, 24, 220));
        assertThat(p.collapsed().intersects(KIOSK)).isFalse();
        assertThat(p.expanded()).isEqualTo(new Rectangle(1280 - 426, 0, 426, 600));
    }

    @Test
    void whenTheKioskFillsTheScreenTheTabLiesInItsRightMarginBelowTheHeader() {
        // 1.25 scale on 1280x800: the kiosk fills the screen's width; its screens keep a 40 px margin
        Rectangle kiosk = new Rectangle(0, 0, 1280, 750);
        DevicesPlacement.Sizes scaled = new DevicesPlacement.Sizes(650, 375, 30, 275);
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1280, 800), kiosk, scaled);
        assertThat(p.docked()).isTrue();
        Rectangle tab = p.collapsed();
        assertThat(tab.x).isGreaterThanOrEqualTo(1280 - 40);
        assertThat(tab.x + tab.width).isEqualTo(1280);
        assertThat(tab.y).as("below the header (90 px at this scale)").isGreaterThan(90);
        assertThat(tab.y + tab.height).isLessThanOrEqualTo(750);
        assertThat(p.expanded().x + p.expanded().width).isEqualTo(1280);
        assertThat(p.expanded().width).isLessThan(650);
    }

    @Test
    void onATallScreenWithoutRoomBesideItGoesBelowTheKiosk() {
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1280, 1024), KIOSK, SIZES);
        assertThat(p.docked()).isFalse();
        assertThat(p.expanded()).isEqualTo(new Rectangle(0, 600, 1024, 424));
        assertThat(p.expanded().intersects(KIOSK)).isFalse();
    }

    @Test
    void aKioskAtTheRightOfTheScreenGetsTheWindowOnItsLeft() {
        Rectangle kiosk = new Rectangle(896, 0, 1024, 600);
        DevicesPlacement p = DevicesPlacement.of(new Rectangle(0, 0, 1920, 1080), kiosk, SIZES);
        assertThat(p.docked()).isFalse();
        assertThat(p.expanded()).isEqualTo(new Rectangle(376, 0, 520, 600));
    }

    @Test
    void onAScreenBelowTheScreenOriginItStaysOnThatScreen() {
        Rectangle screen = new Rectangle(0, 24, 1366, 744);
        DevicesPlacement p = DevicesPlacement.of(screen, new Rectangle(0, 24, 1024, 600), SIZES);
        assertThat(screen.contains(p.expanded())).isTrue();
    }
}
