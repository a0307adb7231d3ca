package org.pustaka.central.http.api;

import java.util.List;

/** The answer to {@code POST circulation/patrons/authenticate}, and the patron in an account. */
public record Patron(String patronId, String name, boolean valid, boolean pinAccepted, List<String> blocks,
                     Money fines, List<String> messages) {
}
