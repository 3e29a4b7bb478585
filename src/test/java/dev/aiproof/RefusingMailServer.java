package dev.aiproof;

import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;

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
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

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

    /**
     * Every message this server answered 250 for, as recipient and Message-ID, recorded as the DATA is accepted
     * (not read back from GreenMail's mailboxes, whose listing may miss a mailbox being created meanwhile).
     */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
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

            @Override
            public synchronized void send(SmtpState state) {
                String messageId;
                try {
                    messageId = state.getMessage().getMessage().getMessageID();
                } catch (MessagingException e) {
                    messageId = null;
                }
                for (MailAddress to : state.getMessage().getToAddresses()) {
                    accepted.add(new Accepted(to.getEmail(), messageId));
                }
                super.send(state);
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

    public record Accepted(String recipient, String messageId) {
    }
}
