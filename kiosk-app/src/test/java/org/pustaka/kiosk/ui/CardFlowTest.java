package org.pustaka.kiosk.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.hardware.api.CardProblem;

/** Library cards at the screens: sentences for card problems, a card during a PIN, a card on the borrow screen. */
class CardFlowTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aCardProblemOnTheWelcomeScreenIsASentenceAndTheNextCardStillWorks(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.awaitScreen("welcome");
        kiosk.desk.scanner.problem(CardProblem.Kind.TWO_CARDS);
        kiosk.awaitText("welcome.card", t.get("card.problem.TWO_CARDS"));
        kiosk.desk.scanner.problem(CardProblem.Kind.OTHER_LIBRARY);
        kiosk.awaitText("welcome.card", t.get("card.problem.OTHER_LIBRARY"));
        kiosk.shoot("welcome-card-problem");
        kiosk.desk.scanCard("2024000123");
        kiosk.awaitScreen("identify");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aCardScannedWhileThePinIsTypedClearsThePinAndSaysSo(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.desk.scanCard("2024000123");
        kiosk.awaitScreen("identify");
        kiosk.type("12");
        kiosk.desk.scanCard("2024000321");
        kiosk.awaitText("identify.cardMessage", t.get("identify.cardDuringPin"));
        kiosk.awaitText("identify.number", "2024000321");
        kiosk.type("2222");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("menu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aCardOnTheBorrowScreenGetsAShortSentenceAndIsNotBorrowed(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.desk.scanCard("2024000123");
        kiosk.awaitText("borrow.cardMessage", t.get("pad.cardNotBook"));
        org.assertj.core.api.Assertions.assertThat(kiosk.desk.calls).noneMatch(c -> c.startsWith("borrow"));
        kiosk.shoot("borrow-card-on-pad");
    }
}
