package org.transcriptbot.index.lucene;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.transcriptbot.index.model.Transcript;

/**
 * One stored parse result (ParsedTranscripts) and its file: which file it was parsed from (name,
 * size and CRC-32C of the text and of its metadata, -1 for none), by which parser build, and the
 * transcript (TranscriptCodec).
 */
record ParsedEntry(
        String file, int size, long crc, long metaCrc, String parser, Transcript transcript) {
    private static final int MAGIC = 0x54425031; // "TBP1"

    void write(Path target) throws IOException {
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            out.writeInt(MAGIC);
            out.writeUTF(file);
            out.writeInt(size);
            out.writeLong(crc);
            out.writeLong(metaCrc);
            out.writeUTF(parser);
            TranscriptCodec.write(out, transcript);
        }
    }

    static ParsedEntry read(Path source) throws IOException {
        try (DataInputStream in =
                new DataInputStream(
                        new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a stored parse result");
            }
            return new ParsedEntry(
                    in.readUTF(),
                    in.readInt(),
                    in.readLong(),
                    in.readLong(),
                    in.readUTF(),
                    TranscriptCodec.read(in));
        }
    }
}
