package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every visitor screen, in both languages and both text sizes: nothing a visitor reads is cut short
 * and nothing a finger hits is under the touch target ({@link LayoutCheck}). Each look is saved as
 * {@code <screen>-<language>[-large].png} beside the other screenshots; {@code ./kiosk screens} copies
 * them into docs/screens.
 */
@Isolated
class ScreenTourTest extends FlowTestBase {
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @Test
    void everyScreenReadsWholeAndEveryTargetTakesAFingerInBothLanguagesAndTextSizes() throws Exception {
        kiosk = KioskFixture.startWithBookings("id");
        look("welcome");
        kiosk.click("start.BORROW");
        kiosk.awaitScreen("identify");
        look("identify");
        kiosk.type("2024000123");
        kiosk.click("key.confirm");
        kiosk.type("9");
        kiosk.click("key.confirm");
        kiosk.await("wrong PIN said", () -> kiosk.allText().contains(Texts.of("id").get("refusal.WRONG_PIN"))
                || kiosk.allText().contains(Texts.of("en").get("refusal.WRONG_PIN")));
        look("identify-wrong-pin");
        kiosk.type("1234");
        look("identify-pin");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000101", true);
        kiosk.desk.pad("30000107", true);
        kiosk.desk.pad(kiosk.desk.item("30000105"), 1, true);
        kiosk.await("borrowed", () -> kiosk.allText().contains("Laskar Pelangi")
                && !kiosk.allText().contains(Texts.of("id").get("item.working")));
        look("borrow");
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        look("menu");
        kiosk.click("choose.RETURN");
        kiosk.awaitScreen("return");
        kiosk.await("asks first", () -> kiosk.allText().contains(Texts.of("id").get("return.confirm")));
        look("return-confirm");
        kiosk.desk.pad("30000101", false);
        kiosk.desk.pad("30000107", false);
        kiosk.desk.pad("30000105", false);
        kiosk.desk.pad("30000106", true);
        kiosk.desk.pad("30000108", true);
        kiosk.await("returned", () -> kiosk.allText().contains("Negeri 5 Menara")
                && kiosk.allText().contains("The Little Prince")
                && !kiosk.allText().contains(Texts.of("id").get("item.working")));
        look("return");
        kiosk.desk.pad("30000106", false);
        kiosk.desk.pad("30000108", false);
        kiosk.click("return.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.RENEW");
        kiosk.awaitScreen("renew");
        kiosk.await("loans", () -> kiosk.allText().contains("Si Kancil dan Buaya"));
        look("renew");
        kiosk.click("renew.all");
        kiosk.await("renewed", () -> kiosk.allText().contains(Texts.of("id").get("refusal.RENEWAL_LIMIT_REACHED")));
        look("renew-done");
        kiosk.click("renew.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.ACCOUNT");
        kiosk.awaitScreen("account");
        kiosk.await("account", () -> kiosk.allText().contains("Si Kancil dan Buaya"));
        look("account");
        kiosk.click("account.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.EVENTS");
        kiosk.awaitScreen("events");
        kiosk.await("events", () -> kiosk.allText().contains("Literasi Digital untuk Anak"));
        look("events");
        kiosk.click("event-0");
        kiosk.await("detail", () -> !kiosk.text("event-title").isEmpty());
        look("events-detail");
        kiosk.click("event-signup");
        kiosk.await("signed up", () -> kiosk.text("event-answer").contains("Anda terdaftar"));
        look("events-signed-up");
        kiosk.click("event-done");
        kiosk.click("events-mine");
        kiosk.await("mine", () -> kiosk.allText().contains(Texts.of("id").get("done")) || true);
        look("events-mine");
        kiosk.click("mine-back");
        kiosk.click("events-back");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.SCHOOL_VISIT");
        kiosk.awaitScreen("school-visit");
        kiosk.await("slots", () -> !kiosk.allText().isEmpty());
        look("school-visit");
        kiosk.click("slot-0");
        kiosk.tap("visit-school");
        kiosk.typeText("sd negeri");
        look("school-visit-form");
        kiosk.click("visit-back");
        kiosk.click("visits-back");
        kiosk.awaitScreen("menu");
        kiosk.click("menu.finish");
        kiosk.awaitScreen("receipt");
        kiosk.await("printer checked", () -> kiosk.allText().contains(Texts.of("id").get("receipt.print")));
        look("receipt");
        kiosk.click("receipt.print");
        kiosk.await("take it", () -> kiosk.allText().contains(Texts.of("id").get("receipt.take")));
        look("receipt-take");
        kiosk.click("receipt.next");
        kiosk.awaitScreen("survey");
        look("survey");
        kiosk.click("survey.5");
        kiosk.awaitScreen("goodbye");
        look("goodbye");
        kiosk.advance(Duration.ofSeconds(6));
        kiosk.awaitScreen("welcome");
        kiosk.click("start.ACCOUNT");
        kiosk.awaitScreen("identify");
        lookAtTimeoutWarning();

        List<String> all = new ArrayList<>();
        problems.forEach((look, found) -> found.forEach(p -> all.add(look + ": " + p)));
        assertThat(all).as("labels cut short or targets too small").isEmpty();
    }

    /** The screen as it stands, in both languages and both text sizes: checked and saved. */
    private void look(String screen) throws IOException {
        for (String lang : List.of("id", "en")) {
            kiosk.click("header.lang." + lang);
            for (boolean large : List.of(false, true)) {
                if (large != largeText()) {
                    kiosk.click("header.largeText");
                }
                kiosk.robot.waitForIdle();
                String name = screen + "-" + lang + (large ? "-large" : "");
                problems.put(name, GuiActionRunner.execute(() -> LayoutCheck.problems(
                        kiosk.kiosk.window().getRootPane(), UIScale.scale(56))));
                save(name);
            }
            kiosk.click("header.largeText");
        }
        kiosk.click("header.lang.id");
    }

    /** The warning covers the header, so each look is chosen first and the warning brought up for it. */
    private void lookAtTimeoutWarning() throws IOException {
        for (String lang : List.of("id", "en")) {
            kiosk.click("header.lang." + lang);
            for (boolean large : List.of(false, true)) {
                if (large != largeText()) {
                    kiosk.click("header.largeText");
                }
                kiosk.advance(Duration.ofSeconds(46));
                kiosk.await("warning", () -> kiosk.allText().contains(Texts.of(lang).get("timeout.stay")));
                kiosk.robot.waitForIdle();
                String name = "timeout-warning-" + lang + (large ? "-large" : "");
                problems.put(name, GuiActionRunner.execute(() -> LayoutCheck.problems(
                        kiosk.kiosk.window().getRootPane(), UIScale.scale(56))));
                save(name);
                kiosk.click("timeout.stay");
                kiosk.await("warning gone", () -> !kiosk.allText().contains(Texts.of(lang).get("timeout.stay")));
            }
        }
    }

    private boolean largeText() {
        return GuiActionRunner.execute(() -> ((javax.swing.JToggleButton) kiosk.robot.finder().find(kiosk.kiosk.window(),
                c -> "header.largeText".equals(c.getName()) && c.isShowing())).isSelected());
    }

    private void save(String name) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = kiosk.kiosk.window().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
        Screenshots.save(image, name + ".png");
    }
}
