package org.crosscheck.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Scope;

/**
 * Writes and reads one report's {@link Extraction} as the JSON of {@code report.schema.json}: snake_case
 * fields, enums as their wire codes, dates as ISO strings; a claim's {@code scope} only when it is background, so
 * that incident claims are written as the format has always had them. Thread-safe: the mapper is configured once.
 */
public final class ReportJson {
    private final ObjectMapper mapper;

    public ReportJson() {
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
        mapper.configOverride(Scope.class).setIncludeAsProperty(JsonInclude.Value.construct(
                JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, IncidentScope.class, null));
    }

    /** Jackson's value filter: {@code equals} answers whether a scope is left out (an incident's, the default). */
    static final class IncidentScope {
        @Override
        public boolean equals(Object value) {
            return value == null || value == Scope.INCIDENT;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** One line of JSON. */
    public String write(Extraction extraction) {
        try {
            return mapper.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction as JSON", e);
        }
    }

    /** Indented JSON, for files a person reads. */
    public String writePretty(Extraction extraction) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction as JSON", e);
        }
    }

    /**
     * Reads an extraction; the model's constructors validate it, so a document with dangling ids or spans whose
     * text does not match their offsets is refused.
     *
     * @throws IllegalArgumentException with the reason when the JSON is not a valid extraction
     */
    public Extraction read(String json) {
        try {
            return mapper.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Crosscheck report document: " + e.getOriginalMessage(), e);
        }
    }

    /** The configured mapper, for callers that write other values in the same style (exports, the API). */
    public ObjectMapper mapper() {
        return mapper;
    }
}
