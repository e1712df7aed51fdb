package newsgraph.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the bytes of an input file into text, or says clearly why it cannot: empty, too large,
 * binary, neither UTF-8 nor GBK, or without any Chinese. UTF-8 (with or without BOM) and UTF-16 with
 * a BOM are read as such; bytes that are not valid UTF-8 but valid GB18030 (GBK) are decoded as GBK.
 */
public final class InputDecoder {
    /** The largest file accepted: beyond it a page is not a news page. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** Text, or an error message; exactly one is non-null. */
    public record Decoded(String text, String error, String charset) {}

    /**
     * Reads and decodes a file: refused by its type before it is opened when it is no regular file
     * ({@link InputFiles#refusal}: a FIFO, a device, a dangling link…), and never read beyond
     * {@link #MAX_BYTES} + 1 bytes whatever its size claims, so an endless or huge input costs no more
     * memory than the cap.
     */
    public Decoded read(Path file) {
        String refusal = InputFiles.refusal(file);
        if (refusal != null) {
            return new Decoded(null, refusal, null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return new Decoded(null, "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null);
        }
        if (bytes.length > MAX_BYTES) {
            long size = -1;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                // the size is only for the message
            }
            return new Decoded(null, "file too large (" + (size > MAX_BYTES ? size + " bytes" : "more than " + MAX_BYTES + " bytes")
                    + "; the limit is " + MAX_BYTES + " bytes): not a news page", null);
        }
        return decode(bytes);
    }

    public Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoded(null, "empty file", null);
        }
        if (bytes.length > MAX_BYTES) {
            return new Decoded(null, "file too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES
                    + " bytes): not a news page", null);
        }
        String text;
        String charset;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            text = new String(bytes, StandardCharsets.UTF_16);
            charset = "UTF-16";
        } else {
            int nul = 0;
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    nul++;
                }
            }
            if (nul > 0) {
                return new Decoded(null, "binary file (contains NUL bytes), not text", null);
            }
            text = strict(bytes, StandardCharsets.UTF_8);
            charset = "UTF-8";
            if (text == null) {
                text = strict(bytes, Charset.forName("GB18030"));
                charset = "GBK";
            }
            if (text == null) {
                return new Decoded(null, "not text: the bytes are neither UTF-8 nor GBK (binary file?)", null);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int control = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (control > text.length() / 100 + 2) {
            return new Decoded(null, "binary file (control characters), not text", charset);
        }
        if (text.isBlank()) {
            return new Decoded(null, "empty file (only whitespace)", charset);
        }
        if (han == 0) {
            return new Decoded(null, "no Chinese text in the file (read as " + charset + ")", charset);
        }
        return new Decoded(text, null, charset);
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
