package org.pustaka.kiosk.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.catalog.api.BatchRejection;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;

/**
 * Delivers one kind's pending records, oldest first, and records each outcome in the store. A passing
 * failure (no connection, 5xx, token refused) stops the kind at the record it happened on and is thrown,
 * so nothing newer overtakes it; a call held back by the catalog's Retry-After counts no attempt. Ids the server accepted are remembered until the store has marked
 * them, so a store hiccup never makes the kiosk send an accepted id again. Used on one thread only.
 */
final class OutboxDelivery {
    /** Fields that would carry patron data and that no batched report needs. */
    private static final List<String> PATRON_FIELDS = List.of("patronId", "patron", "memberId", "borrowerId");

    private final OutboxStore store;
    private final CentralCatalogClient client;
    private final DeliveryListener listener;
    private final int batchSize;
    private final Set<UUID> acceptedUnmarked = ConcurrentHashMap.newKeySet();
    private int accepted;
    private int rejected;

    OutboxDelivery(OutboxStore store, CentralCatalogClient client, DeliveryListener listener, int batchSize) {
        this.store = store;
        this.client = client;
        this.listener = listener;
        this.batchSize = batchSize;
    }

    int acceptedCount() {
        return accepted;
    }

    int rejectedCount() {
        return rejected;
    }

    /** Marks ids accepted in an earlier round whose marking failed. */
    void markLeftovers() {
        if (!acceptedUnmarked.isEmpty()) {
            List<UUID> ids = List.copyOf(acceptedUnmarked);
            store.markSent(ids);
            acceptedUnmarked.removeAll(ids);
        }
    }

    /** Sends everything pending of {@code kind}; throws on the first passing failure. */
    void deliver(String kind) throws CatalogException {
        while (true) {
            List<OutboxRecord> batch = new ArrayList<>(store.pending(kind, batchSize));
            batch.removeIf(r -> acceptedUnmarked.contains(r.id()));
            if (batch.isEmpty()) {
                return;
            }
            switch (kind) {
                case OutboxKinds.TRANSACTION, OutboxKinds.SURVEY, OutboxKinds.METRICS -> sendBatch(kind, batch);
                default -> {
                    for (OutboxRecord r : batch) {
                        sendOne(kind, r);
                    }
                }
            }
            if (batch.size() < batchSize) {
                return;
            }
        }
    }

    private void sendBatch(String kind, List<OutboxRecord> records) throws CatalogException {
        Map<UUID, OutboxRecord> byId = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (OutboxRecord r : records) {
            try {
                Class<?> type = switch (kind) {
                    case OutboxKinds.TRANSACTION -> TransactionReport.class;
                    case OutboxKinds.SURVEY -> SurveyAnswer.class;
                    default -> UsageReport.class;
                };
                items.add(ApiJson.mapper().treeToValue(normalized(r, true), type));
                byId.put(r.id(), r);
            } catch (Exception e) {
                reject(r, "INVALID_PAYLOAD: the kiosk stored a " + kind + " report it cannot send (" +
                        e.getClass().getSimpleName() + ")", "");
            }
        }
        if (items.isEmpty()) {
            return;
        }
        BatchResult result;
        try {
            result = switch (kind) {
                case OutboxKinds.TRANSACTION -> client.transactions(cast(items, TransactionReport.class));
                case OutboxKinds.SURVEY -> client.surveyAnswers(cast(items, SurveyAnswer.class));
                default -> client.usageReports(cast(items, UsageReport.class));
            };
        } catch (CatalogException e) {
            if (!e.heldBack()) {
                store.recordAttemptFailed(byId.keySet(), e.getMessage());
            }
            throw e;
        }
        List<UUID> ok = result.accepted().stream().filter(byId::containsKey).distinct().toList();
        markSent(ok);
        ok.forEach(id -> listener.accepted(byId.get(id), ""));
        int refused = 0;
        for (BatchRejection rej : result.rejected()) {
            OutboxRecord r = byId.remove(rej.id());
            if (r != null && !ok.contains(rej.id())) {
                reject(r, rej.describe(), "");
                refused++;
            }
        }
        if (ok.isEmpty() && refused == 0) {
            // Nothing was processed: stop here rather than send the same batch again at once.
            String why = "The central catalog answered a " + kind + " batch without accepting or rejecting any of its "
                    + items.size() + " records; they stay pending.";
            store.recordAttemptFailed(byId.keySet(), why);
            throw new CatalogException(CatalogException.Failure.SERVER_ERROR, 200, null, false, why);
        }
    }

    private void sendOne(String kind, OutboxRecord r) throws CatalogException {
        try {
            switch (kind) {
                case OutboxKinds.REGISTRATION -> {
                    RegistrationPayload p = ApiJson.mapper().treeToValue(normalized(r, false), RegistrationPayload.class);
                    RegistrationResult res = client.register(p.eventId(), p.request());
                    if (res.status() == RegistrationStatus.FULL) {
                        reject(r, "EVENT_FULL: the event was full and takes no waiting list", ApiJson.text(res));
                    } else {
                        accept(r, ApiJson.text(res));
                    }
                }
                case OutboxKinds.REGISTRATION_CANCEL -> {
                    CancellationPayload p = ApiJson.mapper().treeToValue(normalized(r, false), CancellationPayload.class);
                    accept(r, ApiJson.text(client.cancelRegistration(p.eventId(), p.registrationId())));
                }
                case OutboxKinds.VISIT -> {
                    VisitBookingRequest p = ApiJson.mapper().treeToValue(normalized(r, false), VisitBookingRequest.class);
                    BookingResult res = client.book(p);
                    if (res.booked()) {
                        accept(r, ApiJson.text(res));
                    } else {
                        reject(r, "SLOT_TAKEN: the slot was booked by another school; " + res.nextFreeSlots().size()
                                + " other slots offered", ApiJson.text(res));
                    }
                }
                default -> reject(r, "UNKNOWN_KIND: no endpoint for outbox kind '" + kind + "'", "");
            }
        } catch (CatalogException e) {
            if (e.failure() == CatalogException.Failure.REFUSED) {
                reject(r, e.code() + ": " + e.getMessage(), "");
                return;
            }
            if (!e.heldBack()) {
                store.recordAttemptFailed(List.of(r.id()), e.getMessage());
            }
            throw e;
        } catch (Exception e) {
            reject(r, "INVALID_PAYLOAD: the kiosk stored a " + kind + " record it cannot send ("
                    + e.getClass().getSimpleName() + ")", "");
        }
    }

    /** The payload with the record's id, and for batched reports without any patron field. */
    private static JsonNode normalized(OutboxRecord r, boolean stripPatron) throws Exception {
        JsonNode node = ApiJson.mapper().readTree(r.payload());
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("payload is not a JSON object");
        }
        ObjectNode o = (ObjectNode) node;
        o.put("id", r.id().toString());
        if (stripPatron) {
            PATRON_FIELDS.forEach(o::remove);
        }
        return o;
    }

    private void accept(OutboxRecord r, String answer) {
        markSent(List.of(r.id()));
        listener.accepted(r, answer);
    }

    private void markSent(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        acceptedUnmarked.addAll(ids);
        store.markSent(ids);
        acceptedUnmarked.removeAll(ids);
        accepted += ids.size();
    }

    private void reject(OutboxRecord r, String reason, String answer) {
        store.markRejected(r.id(), reason.length() > 1900 ? reason.substring(0, 1900) : reason);
        rejected++;
        listener.rejected(r, reason, answer);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> items, Class<T> type) {
        return (List<T>) (List<?>) items;
    }
}
