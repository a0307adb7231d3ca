package org.pustaka.catalog.api.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.CatalogJson;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.VisitSlot;

/**
 * The demo data of the simulated catalog ({@code sim-catalog.json} beside this class): the library's
 * event series and a term of school-visit slots, laid out from a start date so the demo always shows
 * upcoming dates; patrons and items for the circulation endpoints.
 */
final class SimSeed {
    final JsonNode root;
    final ZoneId zone;

    private SimSeed(JsonNode root) {
        this.root = root;
        this.zone = ZoneId.of(root.path("zone").asText("Asia/Jakarta"));
    }

    static SimSeed load() {
        try (InputStream in = SimSeed.class.getResourceAsStream("sim-catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("sim-catalog.json is missing from the application");
            }
            return new SimSeed(CatalogJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("sim-catalog.json cannot be read", e);
        }
    }

    List<CatalogEvent> events(LocalDate from) {
        List<CatalogEvent> out = new ArrayList<>();
        for (JsonNode s : root.path("eventSeries")) {
            DayOfWeek day = DayOfWeek.valueOf(s.path("weekday").asText());
            LocalTime time = LocalTime.parse(s.path("time").asText());
            LocalDate date = from.with(TemporalAdjusters.nextOrSame(day));
            for (int i = 0; i < s.path("count").asInt(1); i++) {
                OffsetDateTime start = date.atTime(time).atZone(zone).toOffsetDateTime();
                String series = s.path("series").asText();
                out.add(new CatalogEvent(series + "-" + date, series, text(s.path("title")), text(s.path("description")),
                        s.path("category").asText(), start, start.plusMinutes(s.path("minutes").asInt(60)),
                        s.path("room").asText(), s.path("audience").asText(), s.path("ageMin").asInt(),
                        s.path("ageMax").asInt(), s.path("capacity").asInt(), s.path("capacity").asInt(),
                        s.path("waitlist").asBoolean()));
                date = date.plusWeeks(s.path("everyWeeks").asInt(1));
            }
        }
        return out;
    }

    List<VisitSlot> slots(LocalDate from) {
        JsonNode v = root.path("visitSlots");
        List<VisitSlot> out = new ArrayList<>();
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < v.path("weeks").asInt(12); week++) {
            for (JsonNode d : v.path("weekdays")) {
                LocalDate date = monday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(d.asText())));
                if (date.isBefore(from)) {
                    continue;
                }
                for (JsonNode t : v.path("times")) {
                    LocalTime time = LocalTime.parse(t.asText());
                    OffsetDateTime start = date.atTime(time).atZone(zone).toOffsetDateTime();
                    out.add(new VisitSlot("KS-" + date + "-" + time.toString().replace(":", ""), start,
                            start.plusMinutes(v.path("minutes").asInt(90)), v.path("room").asText(),
                            v.path("capacity").asInt(40), true));
                }
            }
        }
        return out;
    }

    private static LocalizedText text(JsonNode n) {
        return new LocalizedText(n.path("id").asText(), n.path("en").asText());
    }
}
