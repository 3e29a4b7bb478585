package dev.aiproof;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real server (GreenMail here) that plays its faults: {@link #stop()} is a server that is
 * gone (connections cut, new ones refused), {@link #freeze()} one that hangs (connections are accepted, and no byte
 * moves either way until {@link #thaw()}; what was sent meanwhile arrives afterwards, as with a stopped process
 * that is continued). The port stays the same throughout.
 */
public final class FaultyRelay implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile boolean frozen;

    public FaultyRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = ServiceProcess.freePort();
        start();
    }

    public int port() {
        return port;
    }

    public synchronized void start() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread.ofVirtual().name("relay-accept").start(() -> accept(socket));
    }

    /** The server is gone: open connections are cut, new ones refused. */
    public synchronized void stop() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public void freeze() {
        frozen = true;
    }

    public synchronized void thaw() {
        frozen = false;
        notifyAll();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException e) {
                // closed by stop(), or the target refused: the client sees its connection end
            }
        }
    }

    /** Copies one direction; while frozen, holds what it read until thawed. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0;) {
                awaitThaw();
                out.write(buffer, 0, n);
                out.flush();
            }
            awaitThaw();
            to.shutdownOutput();
        } catch (IOException e) {
            close(to);
        } finally {
            open.remove(from);
        }
    }

    private synchronized void awaitThaw() {
        while (frozen) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        thaw();
        stop();
    }
}
