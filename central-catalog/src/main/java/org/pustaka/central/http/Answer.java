package org.pustaka.central.http;

import org.pustaka.central.refusal.Refused;

/** An HTTP answer as the door sends and stores it: the status and the JSON body. */
record Answer(int status, byte[] body) {

    static Answer json(int status, Object value) {
        return new Answer(status, ApiJson.write(value));
    }

    static Answer of(Refused r, java.time.ZoneId zone) {
        return new Answer(ApiErrors.status(r.kind()), ApiJson.write(ApiMapping.error(r, zone)));
    }
}
