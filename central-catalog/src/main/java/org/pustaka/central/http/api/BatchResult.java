package org.pustaka.central.http.api;

import java.util.List;

/** The answer to a batch: ids stored (now or before) and records refused for good. */
public record BatchResult(List<String> accepted, List<BatchRejection> rejected) {
}
