package dev.aiproof.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real parse worker whose parse misbehaves on request: "SPIN" burns CPU forever ignoring interrupts, "EAT" keeps
 * allocating until the worker's heap is exhausted. Anything else goes to the real Tika parse.
 */
public final class MisbehavingParseWorker {

    private MisbehavingParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        ParseWorker.run(args, tika -> (content, mediaType) -> {
            String head = new String(content, 0, Math.min(content.length, 4), StandardCharsets.US_ASCII);
            if (head.equals("SPIN")) {
                long n = 0;
                while (n >= 0) { // never ends; not even an interrupt stops it
                    n = (n * 31 + 7) & Long.MAX_VALUE;
                }
            }
            if (head.equals("EAT ")) {
                List<byte[]> hoard = new ArrayList<>();
                while (hoard.size() >= 0) {
                    hoard.add(new byte[1 << 20]);
                }
            }
            return tika.parse(content, mediaType);
        });
    }
}
