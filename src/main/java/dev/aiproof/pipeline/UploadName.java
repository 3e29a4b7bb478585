package dev.aiproof.pipeline;

import java.text.Normalizer;

/**
 * An uploaded file's name as we keep it: what fits the column {@code assessment.file_name} (varchar(255),
 * V1__assessment.sql), without path, control or invisible characters. The name is only a hint (extraction goes by
 * the content and the extension), so cutting it loses nothing; the extension is kept.
 */
final class UploadName {

    /** The column's width, in characters (H2 counts UTF-16 units, PostgreSQL code points: this fits both). */
    static final int MAX = 255;
    private static final int MAX_EXTENSION = 16;

    private UploadName() {
    }

    static String fit(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        Normalizer.normalize(base, Normalizer.Form.NFC).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (!Character.isISOControl(c) && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE) {
                clean.appendCodePoint(c);
            }
        });
        String tidy = clean.toString().replaceAll(" {2,}", " ").strip();
        if (tidy.isEmpty() || tidy.equals(".") || tidy.equals("..")) {
            return "upload";
        }
        if (tidy.length() <= MAX) {
            return tidy;
        }
        int dot = tidy.lastIndexOf('.');
        String extension = dot > 0 && tidy.length() - dot <= MAX_EXTENSION + 1 ? tidy.substring(dot) : "";
        return cut(tidy.substring(0, tidy.length() - extension.length()), MAX - extension.length()).strip() + extension;
    }

    /** The first {@code max} UTF-16 units, one fewer if the last would be half of a surrogate pair. */
    private static String cut(String text, int max) {
        int end = Math.min(max, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
