package org.pustaka.catalog.api;

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

/**
 * The JSON mapping of the central catalog API, the same at both ends: ISO-8601 text for times and
 * dates, unknown properties ignored (a newer peer may add fields), nulls left out when writing.
 * {@link #read} turns any body into a value or a {@link CatalogJsonException}, never another exception.
 */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = build();

    private CatalogJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads {@code body} as {@code type}; what cannot be read becomes a {@link CatalogJsonException}. */
    public static <T> T read(byte[] body, Class<T> type) throws CatalogJsonException {
        if (body == null || body.length == 0) {
            throw invalid(type, "the body is empty");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw invalid(type, "the body is null");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw invalid(type, e.getClass().getSimpleName());
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

    private static CatalogJsonException invalid(Class<?> type, String why) {
        return new CatalogJsonException("not a valid " + type.getSimpleName() + " (" + why + ")");
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
