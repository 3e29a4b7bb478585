package dev.aiproof.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxonomy's YAML files as already parsed, kept on disk as JSON under the hash of the YAML bytes. Parsing the
 * 2 MB of occupations.yaml takes seconds in a JVM that has just started, JSON a tenth of that, and the start of the
 * service and of every command pays for it. A changed file has another hash and is parsed again; the copy of its
 * previous version is removed. Without a folder, or when it cannot be written, files are simply parsed.
 */
final class ParsedYamlCache {

    private static final Logger log = LoggerFactory.getLogger(ParsedYamlCache.class);
    // its own plain mapper, not Spring's: the taxonomy is read before the context exists (TaxonomyPreload, the
    // command line), and the copies must round-trip the YAML tree exactly, whatever Spring's mapper is set up to do
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    /** @param directory where the parsed copies go; null for none */
    ParsedYamlCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The tree of {@code file} in folder {@code location} with these bytes: from the cache, or {@code parse}d and then
     * cached. The folder is part of the name, so that a copy replaces only its own file's previous version.
     */
    JsonNode tree(String location, String file, byte[] yaml, Supplier<JsonNode> parse) {
        if (directory == null) {
            return parse.get();
        }
        String prefix = "taxonomy-" + DigestUtils.sha256Hex(location).substring(0, 8) + "-"
                + file.replaceAll("[^A-Za-z0-9.-]", "_") + "-";
        Path cached = directory.resolve(prefix + DigestUtils.sha256Hex(yaml) + ".json");
        if (Files.isRegularFile(cached)) {
            try {
                return JSON.readTree(cached.toFile());
            } catch (RuntimeException e) {
                log.warn("parsed copy {} unreadable, parsing the YAML again: {}", cached, e.getMessage());
            }
        }
        JsonNode tree = parse.get();
        if (tree != null && !tree.isMissingNode()) {
            write(cached, prefix, tree);
        }
        return tree;
    }

    private void write(Path cached, String prefix, JsonNode tree) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, prefix, ".part");
            JSON.writeValue(tmp.toFile(), tree);
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path old : files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(".json") && !p.equals(cached)).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot keep a parsed copy in {}: {}", directory, e.getMessage());
        }
    }
}
