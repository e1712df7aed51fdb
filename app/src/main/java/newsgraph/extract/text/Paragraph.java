package newsgraph.extract.text;

/**
 * A paragraph of the clean text: [start, end) in {@link CleanText#text()}. {@code indented}: its
 * first line was indented in the source; {@code blankBefore}: a blank line came before it;
 * {@code continuedFromPage}: it began with a marker such as （上接第一版） (1), else 0;
 * {@code continuesOnPage}: it ended with （下转第二版） (2), else 0.
 */
public record Paragraph(int start, int end, boolean indented, boolean blankBefore,
                        int continuedFromPage, int continuesOnPage) {
    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph [" + start + ", " + end + ")");
        }
    }

    /**
     * The record's own hash mixes all six fields through a method handle; paragraphs key the
     * per-paragraph maps of every stage, and their start alone tells them apart within a document.
     */
    @Override
    public int hashCode() {
        return start * 31 + end;
    }

    public boolean continuedFrom() {
        return continuedFromPage > 0;
    }

    public boolean continuesElsewhere() {
        return continuesOnPage > 0;
    }
}
