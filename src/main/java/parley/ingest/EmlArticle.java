package parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.FieldName;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import parley.domain.UnreadableFileException;
import parley.ingest.DateSignals.Signal;

/**
 * An e-mail bulletin (.eml) read with Apache James mime4j: the Subject is the title (without a list tag such as
 * "[Daily]" or a bulletin name in capitals before a colon), the From display name the publisher (without a desk or
 * team after a dash), the Date header a date signal (the sender's calendar day, its offset kept); the body is the
 * first {@code text/plain} part, else the first {@code text/html} part read like a saved page. Quoted-printable and
 * base64 are decoded; attachments are left out with a note. A message forwarded as an attachment is not opened.
 */
final class EmlArticle {
    private static final MimeConfig CONFIG = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1).setMaxTotalHeaderLen(-1).setMaxNestingDepth(20).setMaxPartCount(500).build();
    private static final Pattern LIST_TAG = Pattern.compile("^(?:(?i:re|fwd?|aw|wg)\\s*:\\s*|\\[[^\\]]{1,60}\\]\\s*)+");
    /** "GULF SECURITY FLASH: Missiles …" — a bulletin's name in capitals before the story's own title. */
    private static final Pattern CAPS_PREFIX = Pattern.compile("^[\\p{Lu}\\d&' -]{3,50}:\\s+(?=\\S)");
    /** "Outlet - Gulf Desk", "Outlet | Newsroom": the unit after the organisation is not the publisher. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "\\s+[-–—|]\\s+[^-–—|]*\\b(?i:desk|team|newsroom|editors?|bulletins?|newsletters?|briefings?|service|unit"
                    + "|office|alerts?)\\s*$");

    /**
     * A desk or team named before its firm: "Gulf Desk, Acme Risk Partners", "Research Team | Firm", "Ports Desk at
     * Firm" (the firm is the publisher; the desk is who in it wrote).
     */
    private static final Pattern UNIT_PREFIX = Pattern.compile("^\\s*(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,3}"
            + "(?i:desk|team|newsroom|unit|bureau)\\s*(?:,|\\||[-–—]|\\s(?i:at|of)\\b)\\s*(?=\\p{Lu})");

    /** What an outlet calls one of its mailings: "Morning Brief", "Weekly Digest", "Evening Update". */
    private static final Pattern PRODUCT = Pattern.compile("(?i)(?:(?:morning|evening|midday|daily|weekly|weekend"
            + "|monthly|friday|sunday|breaking|news)\\s+)*(?:brief|briefing|digest|bulletin|newsletter|update|alert"
            + "|flash|letter|round-?up|wrap|edition|dispatch)s?");

    private static final Pattern MAILING_PREFIX = Pattern.compile("^" + PRODUCT.pattern() + "\\s*:\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    private EmlArticle() {
    }

    /** The bulletin's text and metadata, and notes on what was left out. */
    record Read(String text, Metadata metadata, List<String> notes) {
    }

    static Read read(byte[] bytes) throws UnreadableFileException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setContentDecoding(true);
        Message message;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            message = builder.parseMessage(in);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("damaged e-mail (" + e.getMessage() + ")", e);
        }
        try {
            List<String> notes = new ArrayList<>();
            Parts parts = new Parts();
            parts.walk(message, notes);
            String text;
            Metadata fromBody;
            if (parts.plain != null) {
                text = TextDecoder.normaliseNewlines(parts.plain).strip() + "\n";
                fromBody = TextMetadata.of(text);
            } else if (parts.html != null) {
                HtmlArticle.Read page = HtmlArticle.read(parts.html);
                text = page.text();
                fromBody = page.metadata();
            } else {
                throw new UnreadableFileException("e-mail has no text part");
            }
            if (text.isBlank()) {
                throw new UnreadableFileException("e-mail has no text (only blank space)");
            }
            DateSignals signals = new DateSignals();
            signals.add(Signal.EMAIL_HEADER, headerDate(message), null);
            TextDates.collect(text, text.lines().toList(), signals);
            String title = title(message.getSubject());
            String sender = sender(message.getFrom());
            Mailbox from = message.getFrom() == null || message.getFrom().isEmpty() ? null : message.getFrom().get(0);
            String publisher = MailSenders.publisher(displayText(message), from == null ? null : from.getDomain(), sender,
                    text, fromBody.publisher());
            Metadata meta = new Metadata(title != null ? title : fromBody.title(), publisher,
                    fromBody.author(), signals.decide());
            return new Read(text, meta, notes);
        } finally {
            message.dispose();
        }
    }

    /** The text parts found in reading order; the first plain and first HTML part are kept. */
    private static final class Parts {
        String plain;
        String html;

        void walk(Entity e, List<String> notes) throws UnreadableFileException {
            Body body = e.getBody();
            if (body instanceof Multipart mp) {
                for (Entity part : mp.getBodyParts()) {
                    walk(part, notes);
                }
                return;
            }
            String type = e.getMimeType() == null ? "text/plain" : e.getMimeType().toLowerCase(Locale.ROOT);
            boolean attachment = "attachment".equalsIgnoreCase(e.getDispositionType()) || e.getFilename() != null;
            if (attachment || !(type.equals("text/plain") || type.equals("text/html")) || !(body instanceof SingleBody)) {
                if (e.getParent() != null || attachment) {
                    notes.add("attachment ignored: " + (e.getFilename() != null ? e.getFilename() : type));
                }
                return;
            }
            String content = decode((SingleBody) body, e.getCharset());
            if (type.equals("text/plain") && plain == null) {
                plain = content;
            } else if (type.equals("text/html") && html == null) {
                html = content;
            }
        }
    }

    private static String decode(SingleBody body, String charset) throws UnreadableFileException {
        try (InputStream in = body.getInputStream()) {
            return TextDecoder.decode(in.readAllBytes(), charset).text();
        } catch (IOException e) {
            throw new UnreadableFileException("damaged e-mail part (" + e.getMessage() + ")", e);
        }
    }

    /** The Date header's calendar day as the sender wrote it ("Sat, 14 Jun 2025 19:20:00 +0400" → 14 June). */
    static LocalDate headerDate(Message message) {
        Field f = message.getHeader().getField(FieldName.DATE);
        if (f == null || f.getBody() == null) {
            return null;
        }
        String raw = f.getBody().replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
        try {
            ZonedDateTime t = ZonedDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME);
            return t.toLocalDate();
        } catch (DateTimeParseException e) {
            return DateText.first(raw); // a date written loosely still names its day
        }
    }

    /**
     * The subject without "Re:"/"Fwd:", a list tag ("[Daily]"), a bulletin name in capitals before a colon, or a
     * mailing's name before a colon ("Evening Update: …").
     */
    static String title(String subject) {
        String s = JsonLd.blankToNull(subject);
        if (s == null) {
            return null;
        }
        s = LIST_TAG.matcher(s).replaceFirst("");
        Matcher caps = CAPS_PREFIX.matcher(s);
        if (caps.find() && caps.group().chars().filter(Character::isLetter).count() >= 3) {
            s = s.substring(caps.end());
        }
        Matcher mailing = MAILING_PREFIX.matcher(s);
        if (mailing.find() && s.length() - mailing.end() >= 10) {
            s = s.substring(mailing.end()); // "Morning Brief: Ministers sign …" — the mailing's name, then the story
        }
        return JsonLd.blankToNull(s);
    }

    /**
     * The From line's text before the address as written, comments included ("Ama Owusu (Saltmarsh Media)"), which
     * the parsed display name drops; null when there is none.
     */
    private static String displayText(Message message) {
        Field f = message.getHeader().getField(FieldName.FROM);
        String raw = f == null ? null : f.getBody();
        int lt = raw == null ? -1 : raw.indexOf('<');
        return lt <= 0 ? null : JsonLd.blankToNull(raw.substring(0, lt).replace("\"", "").strip());
    }

    /**
     * The From display name without its desk ("Outlet - Gulf Desk", "Gulf Desk, Outlet" → "Outlet"); null when there
     * is none.
     */
    static String sender(MailboxList from) {
        if (from == null || from.isEmpty()) {
            return null;
        }
        Mailbox first = from.get(0);
        String name = JsonLd.blankToNull(first.getName());
        if (name == null) {
            return null;
        }
        String trimmed = UNIT_SUFFIX.matcher(UNIT_PREFIX.matcher(name).replaceFirst("")).replaceFirst("").strip();
        String owner = nameOfDomain(trimmed.isEmpty() ? name : trimmed, first.getDomain());
        return owner != null ? owner : trimmed.isEmpty() ? name : trimmed;
    }

    /**
     * The outlet at the head of a display name that goes on to name one of its products ("Harbour Post Evening
     * Digest" from harbourpost.example → "Harbour Post"): the leading words that spell a label of the sender's
     * domain, when the words after them name a mailing. Null otherwise ("Harbour Post Partners" stays whole).
     */
    static String nameOfDomain(String name, String domain) {
        if (domain == null) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        java.util.Set<String> labels = new java.util.HashSet<>(java.util.Arrays.asList(
                domain.toLowerCase(java.util.Locale.ROOT).split("\\.")));
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            spelled.append(words[i].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]", ""));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
            if (i >= 1 && labels.contains(spelled.toString()) && PRODUCT.matcher(rest).matches()) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1));
            }
        }
        return null;
    }
}
