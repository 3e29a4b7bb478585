package dev.aiproof.profiling.offline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taxonomy embeddings on disk, so that start-up does not embed the whole taxonomy again. The file records the
 * hash of the embedded texts and the model: a changed taxonomy or model misses the cache and is recomputed.
 */
final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x41495045;

    private final Path file;

    EmbeddingCache(Path directory, String taxonomyVersion, String model) {
        this.file = directory.resolve("embeddings-" + safe(taxonomyVersion) + "-" + safe(model) + ".bin");
    }

    Path file() {
        return file;
    }

    Optional<float[][]> read(String hash, int count) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(hash) || in.readInt() != count) {
                return Optional.empty();
            }
            int dimension = in.readInt();
            float[][] vectors = new float[count][dimension];
            for (float[] vector : vectors) {
                for (int i = 0; i < dimension; i++) {
                    vector[i] = in.readFloat();
                }
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            log.warn("Embedding cache {} unreadable, recomputing: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes through a temporary file and a move, so that a crash never leaves half a cache behind. */
    void write(String hash, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "embeddings", ".tmp");
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(hash);
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Embedding cache {} not written (profiling works, start-up stays slow): {}", file, e.getMessage());
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
