package dev.aiproof;

import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, answering RCPT TO for chosen recipients with a reply of our choice (550 mailbox unavailable, 451 try
 * later) the way a real server refuses them; every other recipient is accepted and stored as usual. GreenMail's
 * own hook for this ({@link SmtpManager#checkRecipient}) accepts everyone, so its SMTP server is built here with a
 * manager that asks {@link #refuse}'s table first.
 */
public final class RefusingMailServer extends GreenMail {

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public RefusingMailServer() {
        super(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The next {@code times} RCPT TO for {@code address} get {@code reply} (e.g. "550 5.1.1 No such user"). */
    public void refuse(String address, String reply, int times) {
        replies.put(address, new Reply(reply, new AtomicInteger(times)));
    }

    public void refuseAlways(String address, String reply) {
        refuse(address, reply, Integer.MAX_VALUE);
    }

    /** RCPT TO commands seen for this address, refused or not. */
    public int attempts(String address) {
        AtomicInteger n = attempts.get(address);
        return n == null ? 0 : n.get();
    }

    public int port() {
        return getSmtp().getPort();
    }

    private String checkRecipient(MailAddress address) {
        attempts.computeIfAbsent(address.getEmail(), k -> new AtomicInteger()).incrementAndGet();
        Reply reply = replies.get(address.getEmail());
        return reply != null && reply.left.getAndDecrement() > 0 ? reply.line : null;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>(super.createServices(config, managers));
        SmtpManager checking = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                return RefusingMailServer.this.checkRecipient(address);
            }
        };
        for (ServerSetup setup : config) {
            if (setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket socket) {
                        return new SmtpHandler(new SmtpCommandRegistry(), checking, socket);
                    }
                });
            }
        }
        return services;
    }

    private record Reply(String line, AtomicInteger left) {
    }
}
