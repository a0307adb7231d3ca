package org.pustaka.catalog.api.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pustaka.catalog.api.BatchRejection;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.CatalogJson;
import org.pustaka.catalog.api.CirculationRequest;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.EnrollmentRequest;
import org.pustaka.catalog.api.HeartbeatAck;
import org.pustaka.catalog.api.HeartbeatReport;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.PatronRequest;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.ServerStatus;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.catalog.api.VisitBookingRequest;

/**
 * The simulated catalog's endpoints: checks the token, answers a repeated id with the first answer
 * (single requests) or as accepted again (batch records), and hands the rest to {@link SimEvents} and
 * {@link SimCirculation}. The public methods are for tests and the demo to look at what was stored.
 */
public final class SimRoutes {
    private static final Map<String, Class<?>> BATCH_TYPES = Map.of(
            "transactions", TransactionReport.class, "survey-answers", SurveyAnswer.class, "metrics", UsageReport.class);

    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> enrollmentCodes = new ConcurrentHashMap<>();
    private final Map<String, String> enrolledTokens = new ConcurrentHashMap<>();
    /** Contactless card UIDs paired with members; the demo card {@link #DEMO_CARD_UID} belongs to Siti Rahayu. */
    private final Map<String, String> cardPairings = new ConcurrentHashMap<>(Map.of(DEMO_CARD_UID, "2024000123"));
    static final String DEMO_CARD_UID = "04A224B2C35E80";
    private final Map<String, SimAnswer> replies = new HashMap<>();
    private final Map<String, Map<UUID, JsonNode>> stored = new HashMap<>();
    private final Map<String, List<HeartbeatReport>> heartbeats = new LinkedHashMap<>();
    private final SimEvents events;
    private final SimCirculation circulation;
    private final Clock clock;
    private final Consumer<SimReceived> log;
    private final LocalDate today;

    SimRoutes(String token, SimSeed seed, LocalDate today, Clock clock, Consumer<SimReceived> log) {
        tokens.add(token);
        this.events = new SimEvents(seed, today);
        this.circulation = new SimCirculation(seed);
        this.clock = clock;
        this.log = log;
        this.today = today;
    }

    void addEnrollmentCode(String kioskId, String code) {
        enrollmentCodes.put(kioskId, code);
    }

    void pairCard(String uid, String memberId) {
        cardPairings.put(uid.toUpperCase(java.util.Locale.ROOT), memberId);
    }

    /** {@code GET cards/{uid}}: 4 to 10 bytes of hex, or 400; an unpaired card is 404. */
    private SimAnswer card(String uid) {
        if (!uid.matches("[0-9A-Fa-f]{8,20}") || uid.length() % 2 != 0) {
            return SimAnswer.error(400, "INVALID_REQUEST", "UID kartu harus 4 sampai 10 bita heksadesimal.",
                    "A card UID is 4 to 10 bytes of hex.");
        }
        String member = cardPairings.get(uid.toUpperCase(java.util.Locale.ROOT));
        return member == null
                ? SimAnswer.error(404, "CARD_UNKNOWN", "Kartu ini tidak terdaftar.", "This card is not paired with a member.")
                : SimAnswer.ok(new org.pustaka.catalog.api.CardPairing(uid.toUpperCase(java.util.Locale.ROOT), member));
    }

    SimAnswer route(String method, String path, String query, String auth, boolean rejectToken, String key,
                    byte[] body) {
        String[] p = path.split("/");
        String call = method + " " + path;
        if (method.equals("POST") && path.equals("kiosks/enroll")) {
            return logged(method, path, enroll(parse(body, EnrollmentRequest.class)));
        }
        if (rejectToken || auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
            log.accept(new SimReceived(method, path, "", false, 401));
            return SimAnswer.error(401, "TOKEN_REJECTED", "Token kios tidak berlaku.", "The kiosk token is not valid.");
        }
        if (method.equals("GET") && path.equals("status")) {
            return logged(method, path, SimAnswer.ok(new ServerStatus(clock.instant(), "Simulated central catalog", "1")));
        }
        if (p.length == 3 && p[0].equals("kiosks") && method.equals("POST")) {
            if (p[2].equals("heartbeat")) {
                HeartbeatReport r = parse(body, HeartbeatReport.class);
                synchronized (heartbeats) {
                    heartbeats.computeIfAbsent(p[1], k -> new ArrayList<>()).add(r);
                }
                return logged(method, path, SimAnswer.ok(new HeartbeatAck(clock.instant())));
            }
            if (BATCH_TYPES.containsKey(p[2])) {
                return batch(method, path, p[2], body);
            }
        }
        if (p.length == 1 && method.equals("GET") && p[0].equals("events")) {
            return logged(method, path, SimAnswer.ok(events.events(date(query, "from", today),
                    date(query, "to", today.plusDays(60)))));
        }
        if (p.length == 3 && p[0].equals("events") && p[2].equals("registrations") && method.equals("POST")) {
            return once(call, key, body, b -> events.register(decode(p[1]), parse(b, RegistrationRequest.class)));
        }
        if (p.length == 4 && p[0].equals("events") && p[2].equals("registrations") && method.equals("DELETE")) {
            return logged(method, path, events.cancel(decode(p[1]), UUID.fromString(p[3])));
        }
        if (path.equals("school-visits/slots") && method.equals("GET")) {
            return logged(method, path, SimAnswer.ok(events.slots(date(query, "from", today),
                    date(query, "to", today.plusDays(120)))));
        }
        if (path.equals("school-visits") && method.equals("POST")) {
            return once(call, key, body, b -> events.book(parse(b, VisitBookingRequest.class)));
        }
        if (p.length == 2 && p[0].equals("school-visits") && method.equals("GET")) {
            return logged(method, path, events.booking(decode(p[1])));
        }
        if (p.length == 2 && p[0].equals("cards") && method.equals("GET")) {
            return logged(method, path, card(decode(p[1])));
        }
        if (p.length == 3 && path.startsWith("circulation/items/") && method.equals("GET")) {
            return logged(method, path, circulation.item(decode(p[2])));
        }
        if (p.length >= 2 && p[0].equals("circulation") && method.equals("POST")) {
            return circulation(method, path, key, body);
        }
        return logged(method, path, SimAnswer.error(404, "NOT_FOUND", "Alamat tidak dikenal.", "No such endpoint."));
    }

    private SimAnswer circulation(String method, String path, String key, byte[] body) {
        return switch (path) {
            case "circulation/patrons/authenticate" -> logged(method, path,
                    circulation.authenticate(parse(body, PatronRequest.class)));
            case "circulation/patrons/account" -> logged(method, path, circulation.account(parse(body, PatronRequest.class)));
            case "circulation/checkout" -> once(method + " " + path, key, body,
                    b -> circulation.checkout(parse(b, CirculationRequest.class)));
            case "circulation/checkin" -> once(method + " " + path, key, body,
                    b -> circulation.checkin(parse(b, CirculationRequest.class)));
            case "circulation/renew" -> once(method + " " + path, key, body,
                    b -> circulation.renew(parse(b, CirculationRequest.class)));
            case "circulation/renew-all" -> once(method + " " + path, key, body,
                    b -> circulation.renewAll(parse(b, CirculationRequest.class)));
            default -> logged(method, path, SimAnswer.error(404, "NOT_FOUND", "Alamat tidak dikenal.", "No such endpoint."));
        };
    }

    /** Applies a single request once per id; a repeat gets the first answer again. */
    private synchronized SimAnswer once(String call, String key, byte[] body, Function<byte[], SimAnswer> apply) {
        String id = key != null ? key : idIn(body);
        String[] parts = call.split(" ", 2);
        if (id == null) {
            return logged(parts[0], parts[1], SimAnswer.error(400, "IDEMPOTENCY_KEY_MISSING",
                    "Permintaan tanpa id.", "The request carries no id (Idempotency-Key or body id)."));
        }
        SimAnswer earlier = replies.get(call + " " + id);
        if (earlier != null) {
            log.accept(new SimReceived(parts[0], parts[1], id, true, earlier.status()));
            return earlier;
        }
        SimAnswer a;
        try {
            a = apply.apply(body);
        } catch (IllegalArgumentException e) {
            a = SimAnswer.error(400, "INVALID_REQUEST", "Permintaan tidak lengkap.", "The request is incomplete.");
        }
        if (a.status() < 500) {
            replies.put(call + " " + id, a);
        }
        log.accept(new SimReceived(parts[0], parts[1], id, false, a.status()));
        return a;
    }

    private synchronized SimAnswer batch(String method, String path, String kind, byte[] body) {
        JsonNode items = parse(body, JsonNode.class).path("items");
        Map<UUID, JsonNode> store = stored.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        List<UUID> accepted = new ArrayList<>();
        List<BatchRejection> rejected = new ArrayList<>();
        for (JsonNode item : items) {
            UUID id;
            try {
                id = UUID.fromString(item.path("id").asText());
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean duplicate = store.containsKey(id);
            try {
                if (!duplicate) {
                    CatalogJson.mapper().treeToValue(item, BATCH_TYPES.get(kind));
                    store.put(id, item);
                }
                accepted.add(id);
                log.accept(new SimReceived(method, path, id.toString(), duplicate, 200));
            } catch (Exception e) {
                rejected.add(new BatchRejection(id, "INVALID_RECORD",
                        new LocalizedText("Data tidak lengkap.", "The record is incomplete.")));
                log.accept(new SimReceived(method, path, id.toString(), false, 422));
            }
        }
        return SimAnswer.ok(new BatchResult(accepted, rejected));
    }

    private SimAnswer enroll(EnrollmentRequest r) {
        String code = enrollmentCodes.get(r.kioskId());
        if (code == null || !code.equals(r.enrollmentCode())) {
            return SimAnswer.error(403, "ENROLLMENT_CODE_INVALID", "Kode pendaftaran kios salah atau sudah kedaluwarsa.",
                    "The enrollment code is wrong or has expired.");
        }
        String token = enrolledTokens.computeIfAbsent(r.kioskId(), k -> "kt-" + UUID.randomUUID());
        tokens.add(token);
        return SimAnswer.ok(new Enrollment(r.kioskId(), token));
    }

    private SimAnswer logged(String method, String path, SimAnswer a) {
        log.accept(new SimReceived(method, path, "", false, a.status()));
        return a;
    }

    private static <T> T parse(byte[] body, Class<T> type) {
        try {
            return CatalogJson.mapper().readValue(body, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable body", e);
        }
    }

    private static String idIn(byte[] body) {
        try {
            String id = CatalogJson.mapper().readTree(body).path("id").asText("");
            return id.isEmpty() ? null : id;
        } catch (Exception e) {
            return null;
        }
    }

    private static LocalDate date(String query, String name, LocalDate fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return LocalDate.parse(decode(pair.substring(name.length() + 1)));
                }
            }
        }
        return fallback;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Ids stored for {@code kind} ({@code transactions}, {@code survey-answers}, {@code metrics}), each once. */
    public synchronized Set<UUID> storedIds(String kind) {
        return Set.copyOf(stored.getOrDefault(kind, Map.of()).keySet());
    }

    public List<HeartbeatReport> heartbeats(String kioskId) {
        synchronized (heartbeats) {
            return List.copyOf(heartbeats.getOrDefault(kioskId, List.of()));
        }
    }

    public List<String> eventIds() {
        return events.eventIds();
    }

    public void setSeatsLeft(String eventId, int seats) {
        events.setSeatsLeft(eventId, seats);
    }

    public RegistrationStatus registrationStatus(UUID registrationId) {
        return events.status(registrationId);
    }

    public List<String> slotIds() {
        return events.slotIds();
    }

    public int bookingCount() {
        return events.bookingCount();
    }

    public boolean onLoanTo(String itemId, String patronId) {
        return circulation.onLoanTo(itemId, patronId);
    }
}
