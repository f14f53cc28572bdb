package org.transcriptbot.index.model;

/** One paragraph after broken lines were joined; lines are 1-based source lines, inclusive. */
public record Paragraph(String text, int firstLine, int lastLine) {}
