package org.pustaka.kiosk.library.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.pustaka.kiosk.library.http.api.ApiError;

/**
 * The JSON mapping of the central catalog API: ISO-8601 text for times and dates, unknown properties
 * ignored (a newer server may add fields), nulls left out when writing. {@link #read} turns any body
 * into a value or a {@link CatalogException} of kind {@code MALFORMED}, never another exception.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = build();

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads {@code body} as {@code type}; what cannot be read becomes a clean {@link CatalogException}. */
    public static <T> T read(byte[] body, Class<T> type) throws CatalogException {
        if (body == null || body.length == 0) {
            throw malformed(type, "the body is empty");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw malformed(type, "the body is null");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw malformed(type, e.getClass().getSimpleName());
        }
    }

    /** Reads a JSON text, as stored in the outbox. */
    public static <T> T read(String body, Class<T> type) throws CatalogException {
        return read(body == null ? null : body.getBytes(StandardCharsets.UTF_8), type);
    }

    /** The error body of a non-2xx answer, or null when there is none or it cannot be read. */
    public static ApiError errorOrNull(byte[] body) {
        try {
            return read(body, ApiError.class);
        } catch (CatalogException e) {
            return null;
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public static String text(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    private static CatalogException malformed(Class<?> type, String why) {
        return new CatalogException(CatalogException.Failure.MALFORMED, 0, null, false,
                "The central catalog sent an answer that is not a valid " + type.getSimpleName() + " (" + why
                        + "). Check that its API version matches the kiosk's (/api/v1).");
    }

    private static ObjectMapper build() {
        SimpleModule time = new SimpleModule("iso-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addSerializer(OffsetDateTime.class, ToStringSerializer.instance);
        time.addSerializer(LocalDate.class, ToStringSerializer.instance);
        time.addDeserializer(Instant.class, new IsoText<>(Instant.class, Instant::parse));
        time.addDeserializer(OffsetDateTime.class, new IsoText<>(OffsetDateTime.class, OffsetDateTime::parse));
        time.addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse));
        return new ObjectMapper()
                .registerModule(time)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** A java.time value written as ISO text; anything else in its place is a mapping error. */
    private static final class IsoText<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return parse.apply(text.trim());
            } catch (RuntimeException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not an ISO-8601 value");
            }
        }
    }
}
