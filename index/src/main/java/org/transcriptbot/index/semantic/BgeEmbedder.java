package org.transcriptbot.index.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * BGE-small-zh v1.5, quantized ONNX, in process (LangChain4j + ONNX Runtime; the model ships in the jar, nothing
 * is downloaded). Queries carry BGE's retrieval instruction; passages are embedded as they are.
 */
public final class BgeEmbedder implements Embedder {
    /** BGE's instruction for short queries looking for passages. */
    static final String QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";
    private static final int MAX_CHARS = 500;

    private final BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    @Override
    public String model() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] passage(String text) {
        return model.embed(cap(text)).content().vector();
    }

    @Override
    public float[] query(String text) {
        return model.embed(QUERY_PREFIX + cap(text)).content().vector();
    }

    private static String cap(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS);
    }
}
