package org.practicekit.risk.embeddings.training;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.practicekit.core.Sha256;

/** Embeddings of texts by one model, kept in target/ between runs so training is quick to repeat. */
final class EmbeddingCache implements AutoCloseable {
    private final EmbeddingModel model;
    private final Path file;
    private final Map<String, float[]> cache = new HashMap<>();
    private final DataOutputStream out;

    EmbeddingCache(String name, EmbeddingModel model, Path dir) {
        this.model = model;
        this.file = dir.resolve(name + ".bin");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    while (true) {
                        String key;
                        try {
                            key = in.readUTF();
                        } catch (EOFException e) {
                            break;
                        }
                        float[] v = new float[in.readInt()];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = in.readFloat();
                        }
                        cache.put(key, v);
                    }
                }
            }
            out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float[] embed(String text) {
        String key = Sha256.hex(text);
        float[] v = cache.get(key);
        if (v == null) {
            v = model.embed(text).content().vector();
            cache.put(key, v);
            try {
                out.writeUTF(key);
                out.writeInt(v.length);
                for (float f : v) {
                    out.writeFloat(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
