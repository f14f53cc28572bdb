package org.transcriptbot.index.model;

/**
 * A stage direction inside a passage's text: "(Laughter.)", "（笑）", "【现场】". Kept in the text but not
 * part of the quoted words. start inclusive, end exclusive char offsets into Passage.text().
 */
public record Aside(int start, int end) {}
