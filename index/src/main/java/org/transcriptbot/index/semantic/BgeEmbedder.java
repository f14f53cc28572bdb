package org.transcriptbot.index.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BGE-small-zh v1.5, quantized ONNX, in process (the model ships in the jar, nothing is
 * downloaded). Queries carry BGE's retrieval instruction; passages are embedded as they are. By
 * default it runs its own ONNX Runtime session with one intra-op and one inter-op thread, called by
 * one worker a core: LangChain4j's default session spreads each call over every core, and those
 * threads then contend (measured 1.4x the throughput this way, same vectors; docs/scale.md).
 * Tokenizer and pooling stay LangChain4j's, so the vectors are the same.
 */
public final class BgeEmbedder implements Embedder {
    private static final Logger LOG = LoggerFactory.getLogger(BgeEmbedder.class);

    /** BGE's instruction for short queries looking for passages. */
    static final String QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";

    private static final int MAX_CHARS = 500;

    private final EmbeddingModel model;

    /** The model on a session of its own (one thread a call), read from the jar. */
    public BgeEmbedder() {
        this((Path) null);
    }

    /**
     * The same, with the model and ONNX Runtime's libraries unpacked once into cacheDir (null: read
     * from the jar at every start).
     */
    public BgeEmbedder(Path cacheDir) {
        this((EmbeddingModel) NativeCalls.call(() -> new SingleThreadedSession(cacheDir)));
    }

    private BgeEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * The model on LangChain4j's default session (every core a call): the baseline the scale run
     * compares.
     */
    public static BgeEmbedder langChainDefaultSession() {
        EmbeddingModel model = NativeCalls.call(BgeSmallZhV15QuantizedEmbeddingModel::new);
        return new BgeEmbedder(model);
    }

    @Override
    public String model() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] passage(String text) {
        return NativeCalls.call(() -> model.embed(cap(text)).content().vector());
    }

    @Override
    public float[] query(String text) {
        return NativeCalls.call(() -> model.embed(QUERY_PREFIX + cap(text)).content().vector());
    }

    private static String cap(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS);
    }

    /**
     * LangChain4j's BGE model (same files, same tokenizer and pooling) on a session with one thread
     * a call.
     */
    private static final class SingleThreadedSession extends AbstractInProcessEmbeddingModel {
        private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
        private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";
        private final OnnxBertBiEncoder encoder;

        SingleThreadedSession(Path cacheDir) {
            super(Runnable::run); // one text a call: embedAll's executor is never used
            Unpacked.onnxRuntimeLibraries(cacheDir);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (InputStream tokenizer = resource(TOKENIZER);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                encoder =
                        new OnnxBertBiEncoder(
                                env, session(env, cacheDir, options), tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The embedding model could not be read: " + e.getMessage(), e);
            } catch (OrtException e) {
                throw new IllegalStateException(
                        "The embedding model could not be loaded: " + e.getMessage(), e);
            }
        }

        /**
         * The model's session: from the unpacked file when there is one (ONNX Runtime reads it
         * itself), else from the jar's bytes; an unpacked file it cannot read is set aside.
         */
        private static OrtSession session(
                OrtEnvironment env, Path cacheDir, OrtSession.SessionOptions options)
                throws IOException, OrtException {
            Path file = Unpacked.file(cacheDir, BgeSmallZhV15QuantizedEmbeddingModel.class, MODEL);
            if (file != null) {
                try {
                    return env.createSession(file.toString(), options);
                } catch (OrtException e) {
                    LOG.warn(
                            "The unpacked model {} cannot be read ({}); it is read from the jar",
                            file,
                            e.getMessage());
                    Files.deleteIfExists(file);
                }
            }
            try (InputStream model = resource(MODEL)) {
                return env.createSession(model.readAllBytes(), options);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing from the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
