package dev.aiproof.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.LoggerFactory;

/**
 * Main class of a parse worker process (started by {@link ParseWorkers}): reads documents on stdin, parses each with
 * {@link TikaParse} and writes the text or the refusal on stdout, until stdin closes. Public only because the
 * Spring Boot launcher that starts it from the packaged jar calls {@code main} reflectively.
 * <p>
 * Protocol (DataOutput): the worker first writes {@link #READY} once warm. Request: UTF media type, int length,
 * bytes. Reply: {@link #PARSED}, int length + UTF-8 text, int pages, boolean truncated, boolean ocrAvailable,
 * int ocrPages; or {@link #REFUSED}, UTF error code, UTF message.
 */
public final class ParseWorker {

    static final int READY = 'R';
    static final int PARSED = 'P';
    static final int REFUSED = 'X';

    interface Parse {
        TikaTextReader.Parsed parse(byte[] content, String mediaType) throws Exception;
    }

    private ParseWorker() {
    }

    /** Arguments: max pages, max chars, timeout in seconds, OCR on, OCR language. */
    public static void main(String[] args) throws IOException {
        run(args, tika -> tika::parse);
    }

    /** Tests wrap the real parse to make a worker misbehave. */
    static void run(String[] args, java.util.function.Function<TikaParse, Parse> parser) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err); // stdout carries the protocol: nothing else may write there
        quietLogging();
        exitWithParent();
        ExtractionProperties defaults = ExtractionProperties.inProcess();
        ExtractionProperties limits = new ExtractionProperties(defaults.maxFileSize(), Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])), defaults.maxParallel(),
                Boolean.parseBoolean(args[3]), args[4], defaults.isolation(), defaults.childHeap(),
                defaults.poolSize(), defaults.workerIdleTimeout());
        TikaParse tika = new TikaParse(limits);
        warmUp(tika);
        serve(new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in))), out,
                parser.apply(tika));
    }

    static void serve(DataInputStream in, DataOutputStream out, Parse parse) throws IOException {
        out.writeByte(READY);
        out.flush();
        while (true) {
            String mediaType;
            try {
                mediaType = in.readUTF();
            } catch (EOFException e) {
                return; // the service closed the pipe
            }
            byte[] content = new byte[in.readInt()];
            in.readFully(content);
            TikaTextReader.Parsed parsed = null;
            ExtractionException refused = null;
            try {
                parsed = parse.parse(content, mediaType);
            } catch (Exception | StackOverflowError e) {
                RuntimeException mapped = TikaParse.mapFailure(e);
                refused = mapped instanceof ExtractionException x
                        ? x
                        : new ExtractionException(ExtractionError.CORRUPT);
            }
            content = null;
            if (parsed != null) {
                byte[] text = parsed.text().getBytes(StandardCharsets.UTF_8);
                out.writeByte(PARSED);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(parsed.pages());
                out.writeBoolean(parsed.truncated());
                out.writeBoolean(parsed.ocrAvailable());
                out.writeInt(parsed.ocrPages());
            } else {
                out.writeByte(REFUSED);
                out.writeUTF(refused.error().name());
                out.writeUTF(String.valueOf(refused.getMessage()));
            }
            out.flush();
        }
    }

    /** Loads and JIT-warms the text and PDF parsers before the first real document arrives. */
    private static void warmUp(TikaParse tika) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Staff Nurse, 2019 - 2024");
                text.endText();
            }
            pdf.save(bytes);
            tika.parse(bytes.toByteArray(), MediaTypes.PDF);
            tika.parse("Nurse\n2019 - 2024".getBytes(StandardCharsets.UTF_8), MediaTypes.TEXT);
        } catch (Exception e) {
            // only a warm-up: the first real parse will report whatever is wrong
        }
    }

    /** Library debug logging would cost time and could echo document content; the worker keeps warnings only. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** A worker stuck in a parse does not read stdin, so it would not notice the service going away: poll. */
    private static void exitWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return; // not knowable here; the closed stdin still ends an idle worker
        }
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        });
    }
}
