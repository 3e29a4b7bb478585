package dev.aiproof.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The service's end of one {@link ParseWorker} process and its stdin/stdout protocol. Used by one parse at a time. */
final class WorkerProcess {

    private final Process process;
    private final DataInputStream in;
    private final DataOutputStream out;
    private boolean ready;
    private int uses;
    private long idleSince = System.nanoTime();

    WorkerProcess(Process process) {
        this.process = process;
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    Void awaitReady() throws IOException {
        if (!ready && in.read() != ParseWorker.READY) {
            throw new IOException("parse worker ended before it was ready");
        }
        ready = true;
        return null;
    }

    Object exchange(byte[] content, String mediaType) throws IOException {
        uses++;
        out.writeUTF(mediaType);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
        int kind = in.read();
        if (kind == ParseWorker.PARSED) {
            byte[] text = new byte[in.readInt()];
            in.readFully(text);
            return new TikaTextReader.Parsed(new String(text, StandardCharsets.UTF_8), in.readInt(),
                    in.readBoolean(), in.readBoolean(), in.readInt());
        }
        if (kind == ParseWorker.REFUSED) {
            ExtractionError error = ExtractionError.valueOf(in.readUTF());
            return new ExtractionException(error, in.readUTF(), null);
        }
        throw new IOException("parse worker ended during a parse");
    }

    int uses() {
        return uses;
    }

    void idleFromNow() {
        idleSince = System.nanoTime();
    }

    boolean idleLongerThan(long nanos) {
        return System.nanoTime() - idleSince > nanos;
    }

    int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void kill() {
        process.destroyForcibly();
    }
}
