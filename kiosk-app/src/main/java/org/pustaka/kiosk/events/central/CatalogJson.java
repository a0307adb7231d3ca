package org.pustaka.kiosk.events.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.Sentence;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The JSON of the events and school-visit part of the central catalog API (see
 * docs/events-and-visits.md): request bodies, which are also the outbox payloads of kinds
 * {@code registration} and {@code visit}, and the listings and answers. Lenient when reading: unknown
 * fields are ignored, a listing may be a bare array or wrapped in an object.
 */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ZoneId zone;
    private final String kioskId;

    public CatalogJson(ZoneId zone, String kioskId) {
        this.zone = zone;
        this.kioskId = kioskId;
    }

    public String registrationBody(Registration r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id().toString());
        n.put("eventId", r.eventId());
        n.put("kioskId", kioskId);
        if (r.registrant() instanceof Registrant.Member m) {
            n.put("patron", m.memberId());
        } else if (r.registrant() instanceof Registrant.Guest g) {
            n.putObject("guest").put("name", g.name()).put("phone", g.phone());
        }
        n.put("partySize", r.partySize());
        n.put("createdAt", r.createdAt().toString());
        return n.toString();
    }

    /** The registration an outbox payload of kind {@code registration} describes, as PENDING. */
    public Registration registrationFromBody(String body) throws JsonProcessingException {
        JsonNode n = tree(body);
        JsonNode guest = n.path("guest");
        Registrant who = n.hasNonNull("patron") ? new Registrant.Member(n.path("patron").asText())
                : new Registrant.Guest(guest.path("name").asText(""), guest.path("phone").asText(""));
        return new Registration(UUID.fromString(text(n, "id")), text(n, "eventId"), who, n.path("partySize").asInt(1),
                RegistrationStatus.PENDING, 0, Instant.parse(text(n, "createdAt")), "");
    }

    public String bookingBody(VisitBooking b) {
        VisitRequest r = b.request();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", b.id().toString());
        n.put("kioskId", kioskId);
        n.put("slotId", b.slot().id());
        n.put("code", b.code());
        n.put("schoolName", r.schoolName());
        n.put("npsn", r.npsn());
        n.put("teacherName", r.teacherName());
        n.put("phone", r.phone());
        if (!r.email().isEmpty()) {
            n.put("email", r.email());
        }
        n.put("students", r.students());
        n.put("grade", r.grade().name());
        n.put("notes", r.notes());
        n.put("createdAt", b.createdAt().toString());
        return n.toString();
    }

    public List<LibraryEvent> events(String body) throws JsonProcessingException {
        List<LibraryEvent> out = new ArrayList<>();
        for (JsonNode e : list(body, "events")) {
            int capacity = e.path("capacity").asInt(1);
            out.add(new LibraryEvent(text(e, "id"), sentence(e.path("title")), sentence(e.path("description")),
                    EventCategory.parse(e.path("category").asText()), time(e, "start"), time(e, "end"),
                    e.path("room").asText(""), Audience.parse(e.path("audience").asText()),
                    e.path("minAge").asInt(0), e.path("maxAge").asInt(0), capacity,
                    e.path("seatsLeft").asInt(capacity)));
        }
        return out;
    }

    public List<VisitSlot> slots(String body) throws JsonProcessingException {
        return slots(list(body, "slots"));
    }

    public List<VisitSlot> slots(JsonNode array) {
        List<VisitSlot> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(new VisitSlot(text(s, "id"), time(s, "start"), time(s, "end"), s.path("room").asText(""),
                    s.path("capacity").asInt(1), s.path("free").asBoolean(true)));
        }
        return out;
    }

    static JsonNode tree(String body) throws JsonProcessingException {
        return MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
    }

    private static JsonNode list(String body, String field) throws JsonProcessingException {
        JsonNode root = tree(body);
        JsonNode array = root.isArray() ? root : root.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected a list of " + field);
        }
        return array;
    }

    private java.time.ZonedDateTime time(JsonNode n, String field) {
        return OffsetDateTime.parse(text(n, field)).atZoneSameInstant(zone);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isValueNode() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static Sentence sentence(JsonNode n) {
        if (n.isTextual()) {
            return new Sentence(n.asText(), n.asText());
        }
        String id = n.path("id").asText("");
        return new Sentence(id, n.path("en").asText(id));
    }
}
