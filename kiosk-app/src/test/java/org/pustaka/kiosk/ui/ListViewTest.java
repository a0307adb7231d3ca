package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What a visitor sees of a list: the newest item is in view as soon as it is laid down, the list
 * opens at its top, and a finger dragging on the list scrolls it.
 */
@Isolated
class ListViewTest extends FlowTestBase {
    private static final List<String> BOOKS = List.of("30000101", "30000102", "30000108", "30000111", "30000112", "30000106");

    @Test
    void theNewestBookIsInViewAndAFingerScrollsTheList() throws Exception {
        kiosk = KioskFixture.start("id");
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        for (String book : BOOKS) {
            kiosk.desk.pad(book, true);
            kiosk.await(book + " handled", () -> !kiosk.text("borrow.item." + book + ".status").equals(kiosk.texts().get("item.working"))
                    && !kiosk.text("borrow.item." + book + ".status").isEmpty());
            kiosk.await("the row of the book just laid down is in view: " + book, () -> inView("borrow.item." + book));
        }
        assertThat(inView("borrow.item." + BOOKS.get(0))).as("six rows do not all fit: the oldest is below").isFalse();
        assertThat(viewY()).isZero();

        // a finger dragged upwards on the list brings the older rows up
        Component row = find("borrow.item." + BOOKS.get(3));
        Point start = GuiActionRunner.execute(() -> {
            Point p = row.getLocationOnScreen();
            return new Point(p.x + row.getWidth() / 2, p.y + row.getHeight() / 2);
        });
        kiosk.robot.moveMouse(start);
        kiosk.robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int dy = 20; dy <= 200; dy += 20) {
            kiosk.robot.moveMouse(new Point(start.x, start.y - dy));
            kiosk.robot.waitForIdle();
        }
        kiosk.robot.releaseMouse(MouseButton.LEFT_BUTTON);
        kiosk.robot.waitForIdle();
        // how far depends on the list's height and the first move the drag needs to start; that it moved and
        // brought the oldest row into view is the behaviour
        kiosk.await("the list moved with the finger and the oldest row came into view",
                () -> viewY() > 0 && inView("borrow.item." + BOOKS.get(0)));

        // seven loans now: the account shows those that fit and counts the rest
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.ACCOUNT");
        kiosk.awaitScreen("account");
        kiosk.await("the rest counted", () -> kiosk.text("account.more").startsWith("... dan "));
        long shown = GuiActionRunner.execute(() -> kiosk.robot.finder().findAll(kiosk.kiosk.window(),
                c -> c.getName() != null && c.getName().matches("account\\.loan\\.[0-9]+") && c.isShowing()).size());
        int more = Integer.parseInt(kiosk.text("account.more").replaceAll("[^0-9]", ""));
        assertThat(shown).isPositive();
        assertThat(shown + more).as("two loans before, five lent now (one book is on hold for another)").isEqualTo(7);
        kiosk.await("the fines in view", () -> inView("account.fines"));
    }

    @Test
    void theAccountOpensAtTheTopWithTheFineFirst() throws Exception {
        kiosk = KioskFixture.start("id");
        kiosk.click("header.largeText");
        kiosk.click("start.ACCOUNT");
        identify("2024000789", "1111");
        kiosk.awaitScreen("account");
        kiosk.await("fine shown", () -> kiosk.allText().contains("Rp 7.500"));
        kiosk.await("the fines in view at the top", () -> inView("account.fines"));
    }

    private Component find(String name) {
        return GuiActionRunner.execute(() -> kiosk.robot.finder().find(kiosk.kiosk.window(),
                c -> name.equals(c.getName()) && c.isShowing()));
    }

    /** Whether the whole height of the named row shows in its list's viewport. */
    private boolean inView(String name) {
        Component c = find(name);
        return GuiActionRunner.execute(() -> {
            JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
            Rectangle shown = viewport.getViewRect();
            Rectangle row = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), viewport.getView());
            return shown.contains(row);
        });
    }

    private int viewY() {
        Component c = find("borrow.list");
        return GuiActionRunner.execute(() -> ((JViewport) c.getParent()).getViewPosition().y);
    }
}
