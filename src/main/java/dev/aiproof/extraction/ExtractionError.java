package dev.aiproof.extraction;

/** Why a document was refused. The names are stable codes that the API, the page, the CLI and emails use. */
public enum ExtractionError {
    UNSUPPORTED_FORMAT(
            "We can't read this kind of file. Please upload your CV as PDF, Word (DOCX/DOC), ODT, RTF, TXT, Markdown, HTML, JSON Resume or a LinkedIn data-export ZIP."), TOO_LARGE(
                    "The file is larger than we accept. Please upload a smaller CV — a PDF export of your CV is usually far smaller."), TOO_MANY_PAGES(
                            "The document has more pages than a CV would. Please upload just your CV."), ENCRYPTED(
                                    "The file is protected by a password. Please remove the protection (or export it again) and upload it once more."), CORRUPT(
                                            "The file seems to be damaged and could not be opened. Please export your CV again and upload the new file."), NO_TEXT(
                                                    "We found no text in the file — it may be a scan or an image. Please upload a PDF with selectable text or a Word file."), NOT_A_CV(
                                                            "This doesn't look like a CV: we couldn't find work experience, roles or skills. Please upload your CV or LinkedIn profile export."), PARSE_TIMEOUT(
                                                                    "Reading the file took too long. Please save it again as a simple PDF or Word file and retry.");

    private final String message;

    ExtractionError(String message) {
        this.message = message;
    }

    /** A sentence a person understands. */
    public String message() {
        return message;
    }
}
