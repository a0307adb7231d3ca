package org.pustaka.central.http.api;

import java.util.List;

/** The answer to {@code POST circulation/renew-all}. */
public record RenewAllAnswer(List<CirculationAnswer> results) {
}
