package dev.aiproof.extraction;

import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Plain text with a form feed where each PDF page starts, so cleanup can find running headers and footers.
 * Block elements end a line, so that table cells and paragraphs do not run together.
 */
final class PageMarkingHandler extends ToTextContentHandler {

    static final char PAGE = '\f';
    private int pages;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            pages++;
            characters(new char[] {PAGE}, 0, 1);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("td".equals(localName) || "th".equals(localName)) {
            characters(new char[] {'\t'}, 0, 1);
        } else if ("p".equals(localName) || "tr".equals(localName) || "li".equals(localName)
                || "br".equals(localName) || localName.matches("h[1-6]")) {
            characters(new char[] {'\n'}, 0, 1);
        }
        super.endElement(uri, localName, qName);
    }

    int pages() {
        return pages;
    }
}
