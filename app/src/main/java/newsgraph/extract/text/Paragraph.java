package newsgraph.extract.text;

/**
 * A paragraph of the clean text: [start, end) in {@link CleanText#text()}. {@code indented}: its
 * first line was indented in the source; {@code blankBefore}: a blank line came before it;
 * {@code continuedFrom}: it began with a marker such as （上接第一版）; {@code continuesElsewhere}:
 * it ended with （下转第二版）.
 */
public record Paragraph(int start, int end, boolean indented, boolean blankBefore,
                        boolean continuedFrom, boolean continuesElsewhere) {
    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph [" + start + ", " + end + ")");
        }
    }
}
