package newsreader.tui.term;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The terminal's input, which the screen can lend to a viewer running in the terminal (chafa, timg): while lent,
 * the screen's input thread reads nothing, so the viewer gets the keys.
 *
 * <p>The input thread blocks in a plain read when the terminal is lent (a read cannot be called back). Bytes that
 * read still returns belong to whoever has the terminal now: they are held for {@link #readKeyWhileLent} and are
 * not given to the screen. No polling, so an idle reader costs no CPU and the end of input is still seen at once.
 */
public final class GatedInput extends InputStream {
    private final InputStream in;
    private final BlockingQueue<Integer> held = new LinkedBlockingQueue<>();
    private boolean lent;
    private boolean readerWaitingInRead;

    public GatedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            awaitReturn();
            synchronized (this) {
                readerWaitingInRead = true;
            }
            int n;
            try {
                n = in.read(buffer, offset, length);
            } finally {
                synchronized (this) {
                    readerWaitingInRead = false;
                }
            }
            synchronized (this) {
                if (n <= 0 || !lent) {
                    return n;
                }
                for (int i = 0; i < n; i++) {
                    held.add(buffer[offset + i] & 0xff);
                }
            }
        }
    }

    @Override
    public synchronized int available() throws IOException {
        return lent ? 0 : in.available();
    }

    /** From now on the screen reads nothing. */
    public synchronized void lend() {
        lent = true;
        held.clear();
    }

    /** The screen reads again; keys typed for the viewer are dropped. */
    public synchronized void takeBack() {
        lent = false;
        held.clear();
        notifyAll();
    }

    /** One byte typed while lent (for "press any key to return"); -1 at the end of input. */
    public int readKeyWhileLent() throws IOException {
        boolean screenThreadReading;
        synchronized (this) {
            screenThreadReading = readerWaitingInRead;
        }
        Integer early = held.poll();
        if (early != null) {
            return early;
        }
        if (screenThreadReading) {
            // Its read will get the key first and hold it for us.
            try {
                return held.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return in.read();
    }

    /** Drops whatever else was typed (the rest of an escape sequence). */
    public void discardTyped() throws IOException {
        held.clear();
        synchronized (this) {
            if (readerWaitingInRead) {
                return;
            }
        }
        int pending = in.available();
        if (pending > 0) {
            in.skip(pending);
        }
    }

    private synchronized void awaitReturn() throws IOException {
        while (lent) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the terminal was lent", e);
            }
        }
    }
}
