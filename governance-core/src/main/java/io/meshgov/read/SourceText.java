package io.meshgov.read;

import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of one input, read within the byte limit before any parsing, in the encoding that its byte-order
 * mark or its first bytes name (UTF-8, UTF-16 or UTF-32, as YAML 1.2 and JSON allow), decoded strictly: a byte
 * sequence that is not valid in that encoding is refused with its line, never replaced.
 */
final class SourceText {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private SourceText() {
    }

    /** Reads at most the limit's bytes (one more tells that the input is larger) and decodes them. */
    static String read(InputStream in, String source, ReadLimits limits) throws IOException {
        long limit = limits.maxFileBytes();
        byte[] bytes = readAtMost(in, (int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            throw new DescriptorException(java.util.List.of(Problem.error(Code.LIMIT, locationOf(bytes, (int) limit, source), "",
                    ReadLimitMessages.crossed("fileBytes", "the file is larger than " + bytesText(limit)
                            + ", the most meshgov reads of one file", "split the file"))));
        }
        return decode(bytes, source);
    }

    /** Up to {@code max} bytes, growing the buffer as they come rather than reserving the limit. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[Math.min(max, 4096)];
        int length = 0;
        while (length < max) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(max, buffer.length * 2L));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    static String decode(byte[] bytes, String source) {
        int bomLength = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            bomLength = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = UTF_32LE;
            bomLength = 4;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomLength = 3;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0) {
            charset = UTF_32BE;   // no mark: YAML 1.2 (5.2) tells the encoding by where the first character's zeros are
        } else if (bytes.length >= 4 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
            charset = UTF_32LE;
        } else if (bytes.length >= 2 && bytes[0] == 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && bytes[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        // The JDK's String decoding is the cheap path; it replaces bad bytes with U+FFFD, so only text holding that
        // character is decoded again strictly, which either finds the bad bytes or confirms the file wrote U+FFFD.
        String text = new String(bytes, bomLength, bytes.length - bomLength, charset);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        try {
            return decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            // Decode again up to the bad bytes to tell their line: a rare path, so the second pass costs nothing.
            CharBuffer good = CharBuffer.allocate(bytes.length);
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength), good, true);
            good.flip();
            throw new DescriptorException(java.util.List.of(Problem.error(Code.SYNTAX, locationAfter(good, source), "",
                    "the file is not valid " + charset.name() + " text here; save it as UTF-8")));
        }
    }

    private static SourceLocation locationAfter(CharSequence text, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(source, line, column);
    }

    /** The line and column of byte {@code end}, counting UTF-8 lead bytes as characters (bounded: at most the limit). */
    private static SourceLocation locationOf(byte[] bytes, int end, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourceLocation(source, line, column);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String bytesText(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + " KiB";
        }
        return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    }
}
