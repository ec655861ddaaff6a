// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MimeParser.h"

#include "core/DocumentKinds.h"

#include <QFileInfo>
#include <QHash>

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace kopii {

namespace {

template <typename T>
struct GUnref
{
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GUnref<T>>;

GMimeParserOptions *parserOptions()
{
    static std::once_flag once;
    static GMimeParserOptions *options = nullptr;
    std::call_once(once, [] {
        g_mime_init();
        options = g_mime_parser_options_new();
        // Raw 8-bit headers from Ukrainian mail programs: UTF-8 first, then the two old code pages.
        static const char *charsets[] = {"utf-8", "windows-1251", "koi8-u", nullptr};
        g_mime_parser_options_set_fallback_charsets(options, charsets);
        g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    });
    return options;
}

QString utf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

void addresses(InternetAddressList *list, QStringList *out)
{
    if (!list)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a))
            *out << utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))).toLower();
        else if (INTERNET_ADDRESS_IS_GROUP(a))
            addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out);
    }
}

void firstMailbox(InternetAddressList *list, QString *address, QString *name)
{
    if (!list || internet_address_list_length(list) == 0)
        return;
    InternetAddress *a = internet_address_list_get_address(list, 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(a))
        return;
    *address = utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))).toLower();
    *name = utf8(internet_address_get_name(a)).trimmed();
}

QDateTime dateOf(GMimeMessage *message)
{
    GDateTime *date = g_mime_message_get_date(message);
    return date ? QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC) : QDateTime();
}

struct Walk
{
    QList<MimeParser::File> files;
    GMimeMessage *innermost = nullptr; // the deepest forwarded message with documents
    int depth = 0;
    int parts = 0;        // MIME parts met so far
    bool tooMany = false; // more parts or documents than MimeParser reads: the walk stopped
};

bool isDocumentName(const QString &name)
{
    const QString n = name.toLower();
    return n.endsWith(QLatin1String(".pdf")) || n.endsWith(QLatin1String(".p7s"));
}

void visit(GMimeObject *object, Walk &walk, GMimeMessage *owner)
{
    if (!object || walk.depth > 32 || walk.tooMany)
        return;
    if (++walk.parts > MimeParser::kMaxParts) {
        walk.tooMany = true;
        return;
    }
    ++walk.depth;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < n && !walk.tooMany; ++i)
            visit(g_mime_multipart_get_part(multipart, i), walk, owner);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner) {
            const qsizetype before = walk.files.size();
            visit(g_mime_message_get_mime_part(inner), walk, inner);
            if (walk.files.size() > before && !walk.innermost)
                walk.innermost = inner;
        }
    } else if (GMIME_IS_PART(object)) {
        GMimePart *part = GMIME_PART(object);
        QString name = utf8(g_mime_part_get_filename(part)).trimmed();
        GMimeContentType *type = g_mime_object_get_content_type(object);
        // The type/subtype string is allocated for the caller (GMime 3): freed here.
        char *typeText = type ? g_mime_content_type_get_mime_type(type) : nullptr;
        const QString mime = utf8(typeText).toLower();
        g_free(typeText);
        if (name.isEmpty() || !isDocumentName(name)) {
            // A name without its extension: the content type says what it is.
            if (mime == QLatin1String("application/pdf"))
                name = (name.isEmpty() ? QStringLiteral("document") : name) + QStringLiteral(".pdf");
            else if (mime == QLatin1String("application/pkcs7-signature")
                     || mime == QLatin1String("application/x-pkcs7-signature"))
                name = (name.isEmpty() ? QStringLiteral("document") : name) + QStringLiteral(".p7s");
        }
        if (isDocumentName(name) && walk.files.size() >= MimeParser::kMaxDocuments) {
            walk.tooMany = true;
        } else if (isDocumentName(name)) {
            // The file name never carries a path.
            name = QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
            GMimeDataWrapper *content = g_mime_part_get_content(part);
            QByteArray data;
            if (content) {
                GPtr<GMimeStream> out(g_mime_stream_mem_new());
                g_mime_data_wrapper_write_to_stream(content, out.get());
                GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
                data = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
            }
            walk.files << MimeParser::File{name, data};
        }
    }
    --walk.depth;
}

} // namespace

QString MimeParser::kindFromName(const QString &fileName)
{
    QString stem = fileName.toLower();
    for (const char *ext : {".p7s", ".pdf"})
        if (stem.endsWith(QLatin1String(ext)))
            stem.chop(int(qstrlen(ext)));
    // The longest name found wins: "Паспорт громадянина України (ID-картка) або закордонний
    // біометричний паспорт" (passport) also contains "Паспорт громадянина України (ID-картка)".
    QString best;
    qsizetype bestLength = 0;
    for (const DocumentKind &k : DocumentKindCatalog::instance().kinds())
        for (const QString &name : {k.code, k.nameUk, k.nameEn})
            if (!name.isEmpty() && name.size() > bestLength && stem.contains(name.toLower())) {
                best = k.code;
                bestLength = name.size();
            }
    if (!best.isEmpty())
        return best;
    return QStringLiteral("other");
}

QList<DocumentCopy> MimeParser::pair(const QList<File> &files)
{
    // Linear in the number of files: each name is lowered once, and signatures are found by
    // their stem through a hash (a message of many parts must not cost their square).
    enum class Type { Other, Pdf, P7s };
    QList<Type> types(files.size(), Type::Other);
    QList<QString> stems(files.size());
    QHash<QString, QList<int>> signaturesByStem; // stem -> indexes of .p7s files, in order
    for (int i = 0; i < files.size(); ++i) {
        const QString lower = files.at(i).name.toLower();
        QString stem = lower;
        if (lower.endsWith(QLatin1String(".p7s"))) {
            types[i] = Type::P7s;
            stem.chop(4);
        } else if (lower.endsWith(QLatin1String(".pdf"))) {
            types[i] = Type::Pdf;
        }
        if (stem.endsWith(QLatin1String(".pdf")))
            stem.chop(4);
        stems[i] = stem;
        if (types[i] == Type::P7s)
            signaturesByStem[stem] << i;
    }
    QList<DocumentCopy> documents;
    QList<bool> used(files.size(), false);
    QHash<QString, qsizetype> nextSignature; // stem -> how many of its signatures are taken
    for (int i = 0; i < files.size(); ++i) {
        if (types.at(i) != Type::Pdf)
            continue;
        DocumentCopy d;
        d.pdfName = files.at(i).name;
        d.pdf = files.at(i).data;
        d.pdfSize = d.pdf.size();
        used[i] = true;
        const QList<int> candidates = signaturesByStem.value(stems.at(i));
        qsizetype &next = nextSignature[stems.at(i)];
        if (next < candidates.size()) {
            const int j = candidates.at(next++);
            d.p7sName = files.at(j).name;
            d.p7s = files.at(j).data;
            d.p7sSize = d.p7s.size();
            used[j] = true;
        }
        d.kind = kindFromName(d.pdfName);
        documents << d;
    }
    for (int j = 0; j < files.size(); ++j) {
        if (used.at(j) || types.at(j) != Type::P7s)
            continue;
        DocumentCopy d;
        d.p7sName = files.at(j).name;
        d.p7s = files.at(j).data;
        d.p7sSize = d.p7s.size();
        d.kind = kindFromName(d.p7sName);
        documents << d;
    }
    return documents;
}

Result<ParsedMessage> MimeParser::parse(const QByteArray &raw)
{
    if (raw.trimmed().isEmpty())
        return Error{Error::Code::Validation, tr("The message is empty."), {}};
    GMimeParserOptions *options = parserOptions();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    if (!message)
        return Error{Error::Code::Validation, tr("The message cannot be read as e-mail (MIME)."), {}};
    if (!g_mime_message_get_mime_part(message.get()))
        return Error{Error::Code::Validation, tr("The message has no body."), {}};

    ParsedMessage m;
    m.messageId = utf8(g_mime_message_get_message_id(message.get()));
    m.subject = utf8(g_mime_message_get_subject(message.get()));
    firstMailbox(g_mime_message_get_from(message.get()), &m.sender, &m.senderName);
    m.sentAt = dateOf(message.get());
    addresses(g_mime_message_get_to(message.get()), &m.recipients);
    addresses(g_mime_message_get_cc(message.get()), &m.recipients);
    for (const char *header : {"Delivered-To", "X-Original-To"}) {
        const QString value = utf8(g_mime_object_get_header(GMIME_OBJECT(message.get()), header)).trimmed().toLower();
        if (!value.isEmpty())
            m.recipients << value.section(QLatin1Char('<'), -1).remove(QLatin1Char('>')).trimmed();
    }
    m.recipients.removeDuplicates();

    Walk walk;
    visit(g_mime_message_get_mime_part(message.get()), walk, message.get());
    if (walk.tooMany) {
        // Who sent it and what it says stay known; no document is taken from it.
        m.refused = tr("The message has more than %1 parts or more than %2 documents, more than Kopii reads in one "
                       "message. A citizen's Diia copy is never like this; if the sender is genuine, ask them to send "
                       "the documents in several messages.")
                        .arg(kMaxParts)
                        .arg(kMaxDocuments);
        return m;
    }
    if (walk.innermost) {
        // A forward: the visitor is the sender of the forwarded message.
        m.forwarded = true;
        QString sender;
        QString name;
        firstMailbox(g_mime_message_get_from(walk.innermost), &sender, &name);
        if (!sender.isEmpty()) {
            m.sender = sender;
            m.senderName = name;
        }
        const QDateTime date = dateOf(walk.innermost);
        if (date.isValid())
            m.sentAt = date;
    }
    m.documents = pair(walk.files);
    return m;
}

} // namespace kopii
