package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file as UTF-8 and refuses anything else. A lenient decoder would turn a file saved
 * as Shift_JIS into replacement characters and the parser would then report a confusing layout
 * error far from the cause; decoding line by line lets the message name the first bad line.
 */
final class StrictUtf8Lines {

    private static final byte NEWLINE = '\n';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8Lines() {
    }

    static List<String> read(Path file) throws IOException, ChecklistFormatException {
        return decode(Files.readAllBytes(file));
    }

    static List<String> decode(byte[] bytes) throws ChecklistFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        // A UTF-8 multi-byte sequence never contains the byte 0x0A, so splitting bytes first is safe.
        while (start < bytes.length) {
            int end = indexOf(bytes, NEWLINE, start);
            int lineNumber = lines.size() + 1;
            lines.add(decodeLine(decoder, bytes, start, end, lineNumber));
            start = end + 1;
        }
        if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == BYTE_ORDER_MARK) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static String decodeLine(CharsetDecoder decoder, byte[] bytes, int start, int end, int lineNumber)
            throws ChecklistFormatException {
        int length = end - start;
        if (length > 0 && bytes[end - 1] == '\r') {
            length--;
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ChecklistFormatException(lineNumber, ImporterMessages.Format_notUtf8);
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int index = from; index < bytes.length; index++) {
            if (bytes[index] == wanted) {
                return index;
            }
        }
        return bytes.length;
    }
}
