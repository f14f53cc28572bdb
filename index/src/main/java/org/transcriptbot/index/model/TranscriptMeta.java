package org.transcriptbot.index.model;

/** Descriptive metadata of one transcript (from its sidecar file, or guessed from the file). */
public record TranscriptMeta(
        String id, String title, String date, String occasion, String source, String file) {}
