package org.pustaka.central.backend;

/**
 * The terms that govern a loan: from a matched loan rule ({@code ruleId} above 0) or from the membership
 * type ({@code ruleId} 0). Periods and grace are days; the fine is whole currency units per day.
 */
public record LoanTerms(int ruleId, int loanLimit, int loanPeriod, int reborrowLimit, long finePerDay,
                        int graceDays) {
}
