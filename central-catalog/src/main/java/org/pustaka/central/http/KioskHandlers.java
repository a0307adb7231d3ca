package org.pustaka.central.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.pustaka.catalog.api.BatchRejection;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.HeartbeatAck;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.ServerStatus;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.reports.Report;
import org.pustaka.central.reports.Reports;

/** Status, enrollment, heartbeat and the three report batches. */
final class KioskHandlers {
    private final Kiosks kiosks;
    private final Reports reports;
    private final Clock clock;
    private final String system;
    private final String version;

    KioskHandlers(Kiosks kiosks, Reports reports, Clock clock, String system, String version) {
        this.kiosks = kiosks;
        this.reports = reports;
        this.clock = clock;
        this.system = system;
        this.version = version;
    }

    void status(Context ctx) {
        Replies.json(ctx, 200, new ServerStatus(ApiMapping.now(clock.instant()), system, version));
    }

    void enroll(Context ctx) throws SQLException {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        String kioskId = b.matching("kioskId", Kiosks.KIOSK_ID, "huruf, angka, '.', '_' atau '-' (1 sampai 40)",
                "letters, digits, '.', '_' or '-' (1 to 40)");
        String token = kiosks.enroll(kioskId, b.text("enrollmentCode", 1, 32), orEmpty(b.optText("version", 64)));
        Replies.json(ctx, 200, new Enrollment(kioskId, token));
    }

    void heartbeat(Context ctx) throws SQLException {
        String kiosk = KioskAuth.ownKiosk(ctx);
        var record = RequestReader.heartbeat(JsonBody.parse(ctx.bodyAsBytes()));
        Replies.json(ctx, 200, new HeartbeatAck(ApiMapping.now(reports.heartbeat(kiosk, record))));
    }

    void transactions(Context ctx) throws SQLException {
        batch(ctx, RequestReader::transaction);
    }

    void surveyAnswers(Context ctx) throws SQLException {
        batch(ctx, RequestReader::survey);
    }

    void metrics(Context ctx) throws SQLException {
        batch(ctx, RequestReader::usage);
    }

    /** Valid records are stored; a record with a valid id but a bad field is rejected by its id, for good. */
    private void batch(Context ctx, Function<JsonBody, ? extends Report> read) throws SQLException {
        String kiosk = KioskAuth.ownKiosk(ctx);
        List<Report> valid = new ArrayList<>();
        List<BatchRejection> rejected = new ArrayList<>();
        for (JsonBody item : RequestReader.batch(JsonBody.parse(ctx.bodyAsBytes()))) {
            try {
                valid.add(read.apply(item));
            } catch (Refused r) {
                rejected.add(new BatchRejection(item.uuid("id"), "INVALID_RECORD",
                        new LocalizedText(r.messageId(), r.messageEn())));
            }
        }
        Reports.Stored stored = reports.store(kiosk, valid);
        for (UUID id : stored.foreign()) {
            rejected.add(new BatchRejection(id, "INVALID_RECORD", new LocalizedText(
                    "Id ini sudah dipakai rekaman kios lain; buat id baru.",
                    "This id belongs to another kiosk's record; make a new id.")));
        }
        Replies.json(ctx, 200, new BatchResult(stored.accepted(), rejected));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
