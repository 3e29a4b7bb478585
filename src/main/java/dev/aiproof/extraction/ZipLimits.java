package dev.aiproof.extraction;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A cheap look at a ZIP container's central directory (DOCX, ODT, data export) before any parser inflates it:
 * too many entries, too much declared content or a bomb-like compression ratio is refused at once. Sizes in the
 * directory can lie; POI's ZipSecureFile and Tika's SecureContentHandler still guard the actual inflation.
 */
final class ZipLimits {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_TOTAL = 100L * 1024 * 1024;
    static final long RATIO_CHECK_FROM = 1024 * 1024;
    static final long MAX_RATIO = 100;

    private ZipLimits() {
    }

    static void check(byte[] zip) {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                long size = Math.max(0, e.getSize());
                total += size;
                if (size > RATIO_CHECK_FROM && e.getCompressedSize() > 0 && size / e.getCompressedSize() > MAX_RATIO) {
                    throw tooLarge();
                }
            }
            if (entries.size() > MAX_ENTRIES || total > MAX_TOTAL) {
                throw tooLarge();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionException(ExtractionError.CORRUPT, "the ZIP container cannot be read", e);
        }
    }

    private static ExtractionException tooLarge() {
        return new ExtractionException(ExtractionError.TOO_LARGE,
                "unpacked, the file would be far larger than a CV (it looks like a zip bomb)", null);
    }
}
