package org.pustaka.kiosk.library.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.CatalogJson;
import org.pustaka.catalog.api.CatalogJsonException;

/**
 * The central catalog API's JSON ({@link CatalogJson}) as the kiosk reads it: {@link #read} turns any
 * body into a value or a {@link CatalogException} of kind {@code MALFORMED}, never another exception.
 */
public final class ApiJson {
    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return CatalogJson.mapper();
    }

    /** Reads {@code body} as {@code type}; what cannot be read becomes a clean {@link CatalogException}. */
    public static <T> T read(byte[] body, Class<T> type) throws CatalogException {
        try {
            return CatalogJson.read(body, type);
        } catch (CatalogJsonException e) {
            throw new CatalogException(CatalogException.Failure.MALFORMED, 0, null, false,
                    "The central catalog sent an answer that is " + e.getMessage()
                            + ". Check that its API version matches the kiosk's (/api/v1).");
        }
    }

    /** Reads a JSON text, as stored in the outbox. */
    public static <T> T read(String body, Class<T> type) throws CatalogException {
        return read(body == null ? null : body.getBytes(StandardCharsets.UTF_8), type);
    }

    /** The error body of a non-2xx answer, or null when there is none or it cannot be read. */
    public static ApiError errorOrNull(byte[] body) {
        try {
            return CatalogJson.read(body, ApiError.class);
        } catch (CatalogJsonException e) {
            return null;
        }
    }

    public static byte[] write(Object value) {
        return CatalogJson.write(value);
    }

    public static String text(Object value) {
        return CatalogJson.text(value);
    }
}
