package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An outgoing message as the outbox stores it: JSON of the StoredMessage record. */
final class OutgoingJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutgoingJson() {}

    static String write(StoredMessage o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outgoing message cannot be written as JSON", e);
        }
    }

    static StoredMessage read(String json) throws JsonProcessingException {
        return JSON.readValue(json, StoredMessage.class);
    }
}
