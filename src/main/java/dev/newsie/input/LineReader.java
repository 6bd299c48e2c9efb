package dev.newsie.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of bytes from a stream, each kept only up to a limit: a longer line is read to its end and
 * dropped, so one endless line (a decompressed gzip bomb) costs time, never heap.
 */
final class LineReader {
    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;

    /** One line without its '\n'; {@code bytes} is null when the line was longer than the limit. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    LineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            length += stop - pos;
            if (kept != null) {
                if (length > limit) {
                    kept = null; // too long: count the rest, keep nothing
                } else {
                    kept.write(buffer, pos, stop - pos);
                }
            }
            pos = stop;
            if (newline >= 0) {
                pos++;
                break;
            }
        }
        return new Line(kept == null ? null : kept.toByteArray(), length);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
