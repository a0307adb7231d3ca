package org.pustaka.central.http.api;

import java.util.List;

/** The answer to a checkout, checkin or renewal, and each entry of a renew-all. */
public record CirculationAnswer(String itemId, boolean ok, String title, String dueDate, Boolean securityOff,
                                String sortBin, Boolean alert, Boolean holdForAnother, ApiError refusal,
                                List<String> messages) {
}
