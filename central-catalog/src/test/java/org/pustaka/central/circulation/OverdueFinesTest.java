package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pustaka.central.backend.LibraryCalendar;
import org.pustaka.central.backend.LoanTerms;

/** SLiMS's overdue fines with its grace quirk (slims.md 3.8). Due Tuesday 1 December 2026. */
class OverdueFinesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final LibraryCalendar SUNDAYS = new LibraryCalendar(Set.of(DayOfWeek.SUNDAY),
            Set.of(LocalDate.of(2026, 12, 3)));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, days late, type grace, rule id, rule grace, rule fine, skip closed days, row?, amount
            "'on the due date', 0, 0, 0, 0, 500, false, false, 0",
            "'early', -2, 0, 0, 0, 500, false, false, 0",
            "'3 days late, member type rate', 3, 0, 0, 0, 500, false, true, 1500",
            "'type grace 2, 1 day late: inside', 1, 2, 0, 0, 500, false, false, 0",
            "'type grace 2, 2 days late: every day charged', 2, 2, 0, 0, 500, false, true, 1000",
            "'rule grace 3, 2 days late: inside', 2, 0, 7, 3, 200, false, false, 0",
            "'rule grace ignored without a rule', 2, 0, 0, 3, 200, false, true, 400",
            "'rate 0 still writes a row', 4, 0, 7, 0, 0, false, true, 0",
            "'closed days left out (Thu 3rd and Sun 6th)', 6, 0, 0, 0, 100, true, true, 400",
            "'one of two late days closed (Thu 3rd)', 2, 0, 0, 0, 100, true, true, 100",
    })
    void chargesAsSlims(String name, int late, int typeGrace, int ruleId, int ruleGrace, long rate, boolean skip,
                        boolean row, long amount) {
        LoanTerms type = new LoanTerms(0, 3, 14, 2, rate, typeGrace);
        LoanTerms loan = ruleId == 0 ? type : new LoanTerms(ruleId, 3, 14, 2, rate, ruleGrace);
        OverdueFines.Charge c = OverdueFines.charge(DUE, DUE.plusDays(late), type, loan, SUNDAYS, skip);
        assertThat(c.writeRow()).isEqualTo(row);
        assertThat(c.amount()).isEqualTo(amount);
    }
}
