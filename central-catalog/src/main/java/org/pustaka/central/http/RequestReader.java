package org.pustaka.central.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pustaka.central.events.SignUp;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.reports.HeartbeatRecord;
import org.pustaka.central.reports.SurveyRecord;
import org.pustaka.central.reports.TransactionRecord;
import org.pustaka.central.reports.UsageRecord;
import org.pustaka.central.visits.BookingRequest;

/**
 * Request bodies of the kiosk, event and visit operations as the core's records, with the bounds the API
 * document gives. Circulation bodies are read in {@link CirculationHandlers}.
 */
final class RequestReader {
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
    private static final Pattern NPSN = Pattern.compile("[0-9]{8}");
    private static final Pattern OUTCOME = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final Pattern HOUR = Pattern.compile("([01][0-9]|2[0-3])");
    private static final Set<String> TYPES = Set.of("CHECKOUT", "CHECKIN", "RENEW");
    private static final Set<String> STATES = Set.of("OK", "DEGRADED", "FAILED", "ABSENT");
    private static final Set<String> LANGUAGES = Set.of("", "id", "en");

    private RequestReader() {
    }

    static HeartbeatRecord heartbeat(JsonBody b) {
        ArrayNode devices = ApiJson.mapper().createArrayNode();
        for (JsonBody d : b.objects("devices", 32, true)) {
            ObjectNode n = devices.addObject();
            n.put("device", d.text("device", 1, 32));
            n.put("state", oneOf(d, "state", STATES));
            n.put("detail", orEmpty(d.optText("detail", 500)));
        }
        return new HeartbeatRecord(b.text("version", 0, 64), b.instant("sentAt"), devices.toString(),
                b.integer("outboxDepth", -1, 10_000_000), orEmpty(b.optText("lastError", 2000)));
    }

    static TransactionRecord transaction(JsonBody b) {
        return new TransactionRecord(b.uuid("id"), oneOf(b, "type", TYPES), b.text("itemId", 1, 64),
                orEmpty(b.optText("title", 500)), b.instant("occurredAt"), b.optBoolean("offline"),
                b.matching("outcome", OUTCOME, "kode huruf besar seperti ACCEPTED", "an upper-case code such as ACCEPTED"),
                orEmpty(b.optText("refusalCode", 64)), b.optDate("dueDate"), orEmpty(b.optText("detail", 1000)));
    }

    static SurveyRecord survey(JsonBody b) {
        return new SurveyRecord(b.uuid("id"), b.instant("answeredAt"), b.integer("score", 1, 5),
                language(b), orEmpty(b.optText("activity", 32)));
    }

    static UsageRecord usage(JsonBody b) {
        var start = b.instant("periodStart");
        var end = b.instant("periodEnd");
        if (end.isBefore(start)) {
            throw b.bad("periodEnd", "sama dengan atau sesudah periodStart", "at or after periodStart");
        }
        ObjectNode hours = ApiJson.mapper().createObjectNode();
        JsonNode byHour = b.optObject("transactionsByHour");
        if (byHour != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = byHour.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (!HOUR.matcher(e.getKey()).matches() || !v.isIntegralNumber() || !v.canConvertToInt()
                        || v.intValue() < 0 || v.intValue() > 1_000_000) {
                    throw b.bad("transactionsByHour", "jam \"00\" sampai \"23\" dengan bilangan 0 sampai 1000000",
                            "hours \"00\" to \"23\" with whole numbers from 0 to 1000000");
                }
                hours.put(e.getKey(), v.intValue());
            }
        }
        ArrayNode titles = ApiJson.mapper().createArrayNode();
        for (JsonBody t : b.objects("topTitles", 10, false)) {
            titles.addObject().put("title", t.text("title", 0, 500)).put("count", t.integer("count", 0, 1_000_000));
        }
        Double perVisit = b.optNumber("itemsPerVisit", 0, 1000);
        Integer visits = b.optInteger("visits", 0, 1_000_000);
        return new UsageRecord(b.uuid("id"), start, end, b.integer("transactions", 0, 1_000_000), hours.toString(),
                visits == null ? 0 : visits, perVisit == null ? 0 : perVisit, titles.toString());
    }

    static SignUp signUp(JsonBody b) {
        String member = b.optText("memberId", 64);
        String guest = b.optText("guestName", 100);
        String phone = b.optText("guestPhone", 20);
        if ((member == null || member.isBlank()) && (guest == null || guest.isBlank() || phone == null)) {
            throw Refused.invalid("Isi memberId (nomor kartu) atau guestName dan guestPhone.",
                    "Give memberId (the card number) or guestName and guestPhone.");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw b.bad("guestPhone", "nomor telepon 6 sampai 20 angka", "a phone number of 6 to 20 digits");
        }
        return new SignUp(b.uuid("id"), blankToNull(member), blankToNull(guest), phone, b.integer("partySize", 1, 50),
                language(b));
    }

    static BookingRequest booking(JsonBody b) {
        String npsn = b.text("npsn", 0, 20);
        String phone = b.text("phone", 6, 20);
        if (!PHONE.matcher(phone).matches()) {
            throw b.bad("phone", "nomor telepon 6 sampai 20 angka", "a phone number of 6 to 20 digits");
        }
        String email = orEmpty(b.optText("email", 254));
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw b.bad("email", "alamat e-mail atau kosong", "an e-mail address or empty");
        }
        BookingRequest r = new BookingRequest(b.uuid("id"), b.text("slotId", 1, 64), b.text("schoolName", 1, 200),
                npsn, b.text("teacherName", 1, 100), phone, email, b.integer("students", 1, 500), b.text("grade", 1, 16),
                orEmpty(b.optText("notes", 1000)));
        if (!NPSN.matcher(npsn).matches()) {
            throw new Refused(Refused.Kind.REFUSED, "INVALID_NPSN",
                    "NPSN adalah 8 angka nomor pokok sekolah nasional; periksa di referensi.data.kemdikbud.go.id.",
                    "An NPSN is the school's 8-digit national number; look it up at referensi.data.kemdikbud.go.id.");
        }
        return r;
    }

    static List<JsonBody> batch(JsonBody b) {
        List<JsonBody> items = b.objects("items", 500, true);
        for (JsonBody item : items) {
            item.uuid("id");
        }
        return items;
    }

    private static String language(JsonBody b) {
        return oneOf(b, "language", LANGUAGES);
    }

    private static String oneOf(JsonBody b, String field, Set<String> allowed) {
        String v = orEmpty(b.optText(field, 32));
        if (!allowed.contains(v) || (v.isEmpty() && !allowed.contains(""))) {
            String list = String.join(", ", allowed.stream().filter(s -> !s.isEmpty()).sorted().toList());
            throw b.bad(field, "salah satu dari " + list, "one of " + list);
        }
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
