package org.pustaka.central.http.api;

/** One open loan on an account. */
public record Loan(String itemId, String title, String dueDate, boolean overdue) {
}
