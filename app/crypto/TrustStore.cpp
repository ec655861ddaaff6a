#include "crypto/TrustStore.h"
#include "core/SettingsSql.h"
#include "crypto/TrustSql.h"

#include "crypto/national/Dstu4145.h"
#include "crypto/TrustedList.h"
#include "crypto/XmlSignature.h"

#include <QHash>
#include <QSet>

#include "crypto/CryptoLog.h"
#include "crypto/national/OpenSsl.h"
#include "core/SqlSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace kopii {

namespace {

constexpr qint64 kMaxTrustFile = 64 * 1024 * 1024;
// How much older than the time it is asked about a CRL may be and still clear a certificate
// (providers publish full CRLs about weekly); beyond it OCSP is asked.
constexpr qint64 kMaxCrlAgeSeconds = 7 * 24 * 3600;

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

ossl::X509CrlPtr parseCrl(const QByteArray &data)
{
    if (data.contains("-----BEGIN X509 CRL")) {
        ossl::Bio bio = ossl::memoryBio(data);
        return ossl::X509CrlPtr(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(data.size())));
    if (crl && p != reinterpret_cast<const unsigned char *>(data.constData()) + data.size())
        crl.reset();
    return crl;
}

QByteArray crlDer(X509_CRL *crl)
{
    return ossl::der(crl, i2d_X509_CRL);
}

QString crlIssuer(X509_CRL *crl)
{
    const X509_NAME *name = X509_CRL_get_issuer(crl);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    return index < 0 ? QString() : ossl::toQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

struct VerifyState
{
    QList<QPair<int, int>> errors; // (error, depth)
};

int verifyCallback(int ok, X509_STORE_CTX *ctx)
{
    auto *state = static_cast<VerifyState *>(X509_STORE_CTX_get_app_data(ctx));
    if (!ok && state) {
        const int error = X509_STORE_CTX_get_error(ctx);
        const int depth = X509_STORE_CTX_get_error_depth(ctx);
        state->errors.append({error, depth});
    }
    return 1; // go on: we want the whole path and every problem, and decide ourselves
}

// Whether `issuer` plausibly issued `subject` by names and key identifiers alone (no signature
// check): enough to show the path of certificates whose algorithms OpenSSL cannot use.
bool namesIssuer(X509 *issuer, X509 *subject)
{
    if (X509_NAME_cmp(X509_get_subject_name(issuer), X509_get_issuer_name(subject)) != 0)
        return false;
    const ASN1_OCTET_STRING *akid = X509_get0_authority_key_id(subject);
    const ASN1_OCTET_STRING *skid = X509_get0_subject_key_id(issuer);
    return !akid || !skid || ASN1_OCTET_STRING_cmp(akid, skid) == 0;
}

} // namespace

TrustStore::TrustStore(SqlSession &store) : m_session(store) {}

Status TrustStore::load()
{
    m_certificates.clear();
    m_crls.clear();
    const QDir bundled(QStringLiteral(":/kopii/trust"));
    for (const QFileInfo &fi : bundled.entryInfoList({QStringLiteral("*.cer"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
        const auto certs = Certificate::loadFile(fi.filePath());
        if (!certs) {
            qCWarning(lcCrypto) << "a bundled trust anchor is unreadable:" << fi.fileName();
            continue;
        }
        for (const Certificate &c : *certs)
            m_certificates << TrustedCertificate{c, true, c.isSelfIssued(), fi.fileName(), {}, {}, TrustEntry::Role::Anchor, {}};
    }
    const auto entries = TrustSql(m_session).trustEntries();
    if (!entries)
        return entries.error();
    for (const TrustEntry &e : *entries) {
        if (e.kind == TrustEntry::Kind::Crl) {
            m_crls << e.der;
            continue;
        }
        const auto cert = Certificate::fromDer(e.der);
        if (!cert) {
            qCWarning(lcCrypto) << "an imported trust entry is unreadable:" << e.sha256;
            continue;
        }
        if (e.role == TrustEntry::Role::TlSigner)
            continue; // they sign trusted lists, and are no part of any path
        bool duplicate = false;
        for (const auto &known : std::as_const(m_certificates))
            duplicate = duplicate || known.certificate.sha256() == e.sha256;
        if (!duplicate)
            m_certificates << merged(TrustedCertificate{*cert, false, false, e.source, e.added, {}, {}, {}}, e, *cert);
    }
    refresh();
    return {};
}

void TrustStore::refresh()
{
    // Worked out once per change, not per signature: a national CA's CRL runs to megabytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &t : std::as_const(m_certificates)) {
        hash.addData(t.certificate.sha256().toLatin1());
        hash.addData(trustRoleId(t.role).toLatin1());
        hash.addData(QByteArray::number(t.withdrawn.isValid() ? t.withdrawn.toMSecsSinceEpoch() : 0));
    }
    m_parsedCrls.clear();
    {
        const QMutexLocker lock(&m_linkMutex);
        m_checkedCrls.clear(); // keyed by the parsed CRLs, which go now
    }
    for (const auto &der : std::as_const(m_crls)) {
        hash.addData(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
        if (ossl::X509CrlPtr crl = parseCrl(der))
            m_parsedCrls << std::shared_ptr<X509_CRL>(crl.release(), X509_CRL_free);
    }
    ossl::clearErrors();
    m_version = QString::fromLatin1(hash.result().toHex().left(16));
}

QString TrustStore::version() const
{
    return m_version;
}

Result<TrustStore::ImportReport> TrustStore::importFile(const QString &path, const QDateTime &now,
                                                       const QStringList &confirmedAnchors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()), {}};
    if (file.size() > kMaxTrustFile)
        return Error{Error::Code::Validation, tr("%1 is too large for a certificate or CRL file.").arg(path), {}};
    const QByteArray data = file.readAll();
    auto result = importData(data, QFileInfo(path).fileName(), now, confirmedAnchors);
    if (!result)
        return Error{result.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), result.error().message), {}};
    return result;
}

Result<TrustStore::Parsed> TrustStore::parseEntries(const QByteArray &data, const QString &source, const QDateTime &now,
                                                    const QStringList &confirmedAnchors, ImportReport *report) const
{
    Parsed parsed;
    if (TrustedList::looksLike(data)) {
        // A trusted list. It is taken only whole and only when its own signature holds and its
        // signer is pinned: anything less refuses the list (fail closed).
        const auto list = TrustedList::parse(data);
        if (!list)
            return list.error();
        const XmlSignature::Check &signature = list->signature;
        const auto refuse = [](const QString &why) {
            return Error{Error::Code::Validation, tr("The trusted list was refused: %1").arg(why), {}};
        };
        switch (signature.state) {
        case XmlSignature::State::Invalid:
        case XmlSignature::State::Unsupported:
            return refuse(signature.detail);
        case XmlSignature::State::Absent:
            return refuse(tr("it is not signed, so nothing shows that it is the ЦЗО's. Import the list as published "
                             "by the ЦЗО."));
        case XmlSignature::State::Valid:
            break;
        }
        if (!isTlSigner(signature.signer))
            return refuse(tr("it is signed by \"%1\" (SHA-256 %2), who is not a signer of trusted lists Kopii knows. A "
                             "manager who has checked that certificate can allow it with `kopii-cli trust tl-signer add`.")
                              .arg(signature.signer.info().holderName(), signature.signer.sha256()));
        if (!signature.signer.info().isValidAt(now))
            return refuse(tr("its signer's certificate \"%1\" is not valid now (valid %2 to %3).")
                              .arg(signature.signer.info().holderName(),
                                   signature.signer.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")),
                                   signature.signer.info().notAfter.toString(QStringLiteral("yyyy-MM-dd"))));
        if (list->territory != QLatin1String("UA"))
            return refuse(tr("it is the list of \"%1\", not of Ukraine (UA).").arg(list->territory));
        if (list->sequenceNumber < 0)
            return refuse(tr("it has no sequence number (TSLSequenceNumber)."));
        const qint64 known = [this] { const auto m = SettingsSql(m_session).meta(QLatin1String(kMetaTlSequence)); return m ? m->toLongLong() : 0; }();
        if (list->sequenceNumber < known)
            return refuse(tr("it is an older list (number %1) than the one imported before (number %2).")
                              .arg(list->sequenceNumber)
                              .arg(known));
        parsed.tlSequence = list->sequenceNumber;
        report->notes << tr("The trusted list (number %1) is signed by \"%2\"; its signature holds.")
                             .arg(list->sequenceNumber)
                             .arg(signature.signer.info().holderName());
        if (list->nextUpdate.isValid() && list->nextUpdate < now)
            report->notes << tr("This list should have been replaced on %1: look for a newer one.")
                                 .arg(list->nextUpdate.toString(QStringLiteral("yyyy-MM-dd")));
        // The OCSP and time-stamping addresses of each provider go with its CAs.
        QHash<QString, QStringList> addresses;
        for (const TrustedList::Service &service : list->services)
            for (const QString &point : service.supplyPoints)
                if (point.startsWith(QLatin1String("http"), Qt::CaseInsensitive) && (service.isOcsp() || service.isTimestamping()))
                    addresses[service.provider] << (service.isOcsp() ? QStringLiteral("ocsp ") : QStringLiteral("tsp ")) + point;
        parsed.trustedList = true;
        for (const TrustedList::Service &service : list->services) {
            const bool ca = service.type.contains(QLatin1String("/Svctype/CA/"));
            for (const QByteArray &der : service.certificates) {
                const auto c = Certificate::fromDer(der);
                if (!c)
                    continue;
                TrustEntry e{TrustEntry::Kind::Certificate, c->sha256(), c->der(), c->info().subjectLine, source, now, {}, {}, {}};
                if (service.isQualifiedCa() && c->info().isCa) {
                    e.role = TrustEntry::Role::QualifiedCa;
                    e.addresses = addresses.value(service.provider);
                } else if (service.isOcsp() || service.isTimestamping()) {
                    e.role = TrustEntry::Role::Service; // identities, for tokens and answers that do not carry them
                } else if (ca) {
                    // Withdrawn (or never granted): trusted no longer, from the time the list says.
                    e.role = TrustEntry::Role::QualifiedCa;
                    e.withdrawn = service.statusSince.isValid() && service.statusSince < now ? service.statusSince : now;
                } else {
                    continue;
                }
                parsed.entries << e;
            }
        }
        bool grants = false;
        for (const TrustEntry &e : std::as_const(parsed.entries))
            grants = grants || (e.role == TrustEntry::Role::QualifiedCa && !e.withdrawn.isValid());
        if (!grants)
            return refuse(tr("it grants no qualified certificate authority."));
        return parsed;
    }
    const auto certs = Certificate::parseAll(data);
    if (certs) {
        for (const Certificate &c : *certs) {
            // A time-stamping authority's or OCSP responder's certificate is kept as the identity
            // of that service (tokens and answers that do not carry it can be checked), never as
            // an authority.
            const bool service = !c.info().isCa && (X509_get_extension_flags(c.x509()) & EXFLAG_XKUSAGE)
                && (X509_get_extended_key_usage(c.x509()) & (XKU_TIMESTAMP | XKU_OCSP_SIGN));
            if (service) {
                TrustEntry e{TrustEntry::Kind::Certificate, c.sha256(), c.der(), c.info().subjectLine, source, now, {}, {}, {}};
                e.role = TrustEntry::Role::Service;
                parsed.entries << e;
                continue;
            }
            if (!c.info().isCa) {
                return Error{Error::Code::Validation,
                             tr("\"%1\" is a personal certificate, not a certificate authority's. Import the "
                                "CA certificates of the trust service provider instead (e.g. CACertificates.p7b).")
                                 .arg(c.info().holderName()),
                             {}};
            }
            TrustEntry e{TrustEntry::Kind::Certificate, c.sha256(), c.der(), c.info().subjectLine, source, now, {}, {}, {}};
            // A bundle adds intermediates silently; a root becomes an anchor only when a manager
            // confirmed its fingerprint, and is left out otherwise.
            if (c.isSelfIssued()) {
                if (!confirmedAnchors.contains(c.sha256(), Qt::CaseInsensitive)) {
                    bool anchoredAlready = false;
                    for (const auto &t : m_certificates)
                        anchoredAlready = anchoredAlready || (t.anchor && t.certificate == c);
                    if (!anchoredAlready)
                        report->unconfirmedRoots << UnconfirmedRoot{c.sha256(), c.info().holderName()};
                    continue;
                }
                e.role = TrustEntry::Role::Anchor;
            }
            parsed.entries << e;
        }
    } else {
        ossl::X509CrlPtr crl = parseCrl(data);
        ossl::clearErrors();
        if (!crl)
            return Error{Error::Code::Validation,
                         tr("Neither a certificate nor a CRL was found: expected DER or PEM certificates, a "
                            "PKCS#7 (.p7b) bundle, or a CRL."),
                         {}};
        const QByteArray der = crlDer(crl.get());
        parsed.entries << TrustEntry{TrustEntry::Kind::Crl, sha256Hex(der), der, tr("CRL of %1").arg(crlIssuer(crl.get())), source, now, {}, {}, {}};
    }
    return parsed;
}

Result<TrustStore::ImportReport> TrustStore::addForThisRun(const QByteArray &data, const QString &source,
                                                          const QStringList &confirmedAnchors)
{
    ImportReport report;
    const auto parsed = parseEntries(data, source, QDateTime::currentDateTimeUtc(), confirmedAnchors, &report);
    if (!parsed)
        return parsed.error();
    for (const TrustEntry &e : parsed->entries) {
        if (e.kind == TrustEntry::Kind::Crl) {
            bool known = false;
            for (const auto &crl : std::as_const(m_crls))
                known = known || sha256Hex(crl) == e.sha256;
            if (!known)
                m_crls << e.der;
            (known ? report.present : report.added) << e.subject;
            continue;
        }
        const auto cert = Certificate::fromDer(e.der);
        if (!cert)
            return cert.error();
        bool known = false;
        for (auto &t : m_certificates)
            if (t.certificate.sha256() == e.sha256) {
                known = true;
                if (!t.bundled)
                    t = merged(t, e, *cert);
            }
        (known ? report.present : report.added) << e.subject;
        if (!known)
            m_certificates << merged(TrustedCertificate{*cert, false, false, source, e.added, {}, {}, {}}, e, *cert);
    }
    refresh();
    return report;
}

Result<TrustStore::ImportReport> TrustStore::addPathForThisRun(const QString &fileOrFolder, const QStringList &confirmedAnchors)
{
    QStringList files;
    if (QFileInfo(fileOrFolder).isDir()) {
        for (const QFileInfo &f : QDir(fileOrFolder).entryInfoList(QDir::Files, QDir::Name))
            files << f.filePath();
    } else {
        files << fileOrFolder;
    }
    ImportReport report;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()), {}};
        if (file.size() > kMaxTrustFile)
            return Error{Error::Code::Validation, tr("%1 is too large for a certificate or CRL file.").arg(path), {}};
        const auto added = addForThisRun(file.readAll(), QFileInfo(path).fileName(), confirmedAnchors);
        if (!added)
            return Error{added.error().code, tr("%1: %2").arg(path, added.error().message), {}};
        report.added << added->added;
        report.present << added->present;
        report.notes << added->notes;
        report.unconfirmedRoots << added->unconfirmedRoots;
    }
    return report;
}

Result<TrustStore::ImportReport> TrustStore::importData(const QByteArray &data, const QString &source, const QDateTime &now,
                                                       const QStringList &confirmedAnchors)
{
    ImportReport report;
    const auto parsed = parseEntries(data, source, now, confirmedAnchors, &report);
    if (!parsed)
        return parsed.error();
    const auto stored = TrustSql(m_session).trustEntries();
    if (!stored)
        return stored.error();
    const Status written = m_session.writeTransaction([&]() -> Status {
        QSet<QString> inList;
        for (TrustEntry e : parsed->entries) {
            inList.insert(e.sha256);
            const TrustEntry *old = nullptr;
            for (const TrustEntry &s : *stored)
                if (s.sha256 == e.sha256)
                    old = &s;
            bool bundled = false;
            for (const auto &t : std::as_const(m_certificates))
                bundled = bundled || (t.bundled && t.certificate.sha256() == e.sha256);
            const bool known = old || bundled;
            (known ? report.present : report.added) << e.subject;
            if (e.role == TrustEntry::Role::Anchor || (e.role == TrustEntry::Role::QualifiedCa && !e.withdrawn.isValid()))
                report.trusted << e.sha256 + QLatin1Char(' ') + e.subject;
            if (bundled && !parsed->trustedList)
                continue;
            if (old) {
                // A bundle never lowers what a trusted list or a manager decided; a trusted list
                // decides the status of the CAs it lists.
                // A pinned signer of trusted lists stays just that.
                if (old->role == TrustEntry::Role::TlSigner)
                    continue;
                if (!parsed->trustedList) {
                    if (int(old->role) >= int(e.role))
                        continue;
                } else if (old->role == TrustEntry::Role::Anchor && e.role != TrustEntry::Role::QualifiedCa) {
                    continue;
                }
                if (old->withdrawn.isValid() && e.withdrawn.isValid())
                    e.withdrawn = old->withdrawn; // withdrawn since the first list that said so
            }
            if (Status s = TrustSql(m_session).insertTrustEntry(e); !s)
                return s;
        }
        if (parsed->trustedList) {
            // A qualified CA the new list no longer names is trusted no longer from now on.
            for (TrustEntry s : *stored) {
                if (s.role != TrustEntry::Role::QualifiedCa || inList.contains(s.sha256) || s.withdrawn.isValid())
                    continue;
                s.withdrawn = now;
                report.withdrawn << s.sha256 + QLatin1Char(' ') + s.subject;
                if (Status st = TrustSql(m_session).insertTrustEntry(s); !st)
                    return st;
            }
            for (const TrustEntry &e : parsed->entries)
                if (e.role == TrustEntry::Role::QualifiedCa && e.withdrawn.isValid())
                    report.withdrawn << e.sha256 + QLatin1Char(' ') + e.subject;
            if (Status st = SettingsSql(m_session).setMeta(QLatin1String(kMetaTlSequence), QString::number(parsed->tlSequence)); !st)
                return st;
        }
        return {};
    });
    if (!written)
        return written.error();
    if (Status s = load(); !s)
        return s.error();
    qCInfo(lcCrypto) << "trust store import:" << report.added.size() << "added," << report.present.size() << "already present,"
                     << report.withdrawn.size() << "withdrawn," << report.unconfirmedRoots.size() << "roots left out";
    return report;
}

Result<QList<Certificate>> TrustStore::tlSigners() const
{
    QList<Certificate> signers;
    const QDir bundled(QStringLiteral(":/kopii/trust/tl-signers"));
    for (const QFileInfo &fi : bundled.entryInfoList({QStringLiteral("*.cer"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name))
        if (const auto certs = Certificate::loadFile(fi.filePath()))
            signers << *certs;
    const auto entries = TrustSql(m_session).trustEntries();
    if (!entries)
        return entries.error();
    for (const TrustEntry &e : *entries)
        if (e.role == TrustEntry::Role::TlSigner)
            if (const auto c = Certificate::fromDer(e.der))
                signers << *c;
    return signers;
}

bool TrustStore::isTlSigner(const Certificate &c) const
{
    if (c.isNull())
        return false;
    const auto signers = tlSigners();
    return signers && signers->contains(c);
}

Status TrustStore::addTlSigner(const Certificate &c, const QDateTime &now)
{
    if (c.isNull())
        return Error{Error::Code::Validation, tr("There is no certificate to allow."), {}};
    const auto entries = TrustSql(m_session).trustEntries();
    if (!entries)
        return entries.error();
    for (const TrustEntry &e : *entries)
        if (e.sha256 == c.sha256() && e.role != TrustEntry::Role::TlSigner)
            return Error{Error::Code::Conflict,
                         tr("\"%1\" is in the trust store as a certificate authority; a signer of trusted lists is kept apart.")
                             .arg(c.info().holderName()),
                         {}};
    TrustEntry e{TrustEntry::Kind::Certificate, c.sha256(), c.der(), c.info().subjectLine, QStringLiteral("tl-signer"), now, {}, {}, {}};
    e.role = TrustEntry::Role::TlSigner;
    if (Status s = TrustSql(m_session).insertTrustEntry(e); !s)
        return s;
    return load();
}

bool TrustStore::qualifiedPath(const QList<Certificate> &path, const QDateTime &time) const
{
    // The CA service that issued the leaf: its certificate is the leaf's issuer's.
    if (path.size() < 2)
        return false;
    for (const auto &t : m_certificates)
        if (t.role == TrustEntry::Role::QualifiedCa && t.certificate == path.at(1) && t.usableAt(time))
            return true;
    return false;
}

TrustedCertificate TrustStore::merged(TrustedCertificate t, const TrustEntry &e, const Certificate &c)
{
    t.role = e.role;
    t.withdrawn = e.withdrawn;
    if (!e.addresses.isEmpty())
        t.addresses = e.addresses;
    t.anchor = e.role == TrustEntry::Role::Anchor || (e.role == TrustEntry::Role::QualifiedCa && c.isSelfIssued());
    return t;
}

QStringList TrustStore::ocspAddresses(const Certificate &ca) const
{
    QStringList urls;
    for (const auto &t : m_certificates)
        if (t.certificate == ca)
            for (const QString &a : t.addresses)
                if (a.startsWith(QLatin1String("ocsp ")))
                    urls << a.mid(5);
    return urls;
}

Status TrustStore::remove(const QString &sha256)
{
    for (const auto &t : std::as_const(m_certificates)) {
        if (t.certificate.sha256() == sha256 && t.bundled)
            return Error{Error::Code::Conflict, tr("\"%1\" comes with Kopii and cannot be removed.")
                                                    .arg(t.certificate.info().holderName()), {}};
    }
    if (Status s = TrustSql(m_session).deleteTrustEntry(sha256); !s)
        return s;
    return load();
}

QList<Certificate> TrustStore::pathByNames(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time,
                                           QString *undecodable) const
{
    QList<Certificate> candidates = extra;
    for (const auto &t : m_certificates)
        if (t.usableAt(time))
            candidates << t.certificate;
    QList<Certificate> path = {leaf};
    while (path.size() < 10 && !path.last().isSelfIssued()) {
        const Certificate *next = nullptr;
        for (const Certificate &c : std::as_const(candidates))
            if (!path.contains(c) && namesIssuer(c.x509(), path.last().x509()))
                next = &c;
        if (!next)
            break;
        if (!X509_get0_pubkey(next->x509()))
            *undecodable = next->info().publicKeyAlgorithm;
        path << *next;
    }
    ossl::clearErrors();
    return path;
}

bool TrustStore::anchoredAtRoot(const QList<Certificate> &path) const
{
    if (path.isEmpty() || !path.last().isSelfIssued())
        return false;
    for (const auto &t : m_certificates)
        if (t.anchor && t.certificate == path.last())
            return true;
    return false;
}

// DSTU 4145: Kopii checks these signatures itself, link by link up to the trusted root, each
// certificate valid at the time and each issuer a CA; the revocation of every certificate below
// the root from its issuer's CRLs in the store (checkPathRevocation).
ChainResult TrustStore::nationalChain(const QList<Certificate> &path, const QDateTime &time) const
{
    ChainResult result;
    const QString at = time.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    QStringList problems;
    ChainResult::Problem first = ChainResult::Problem::None;
    auto fault = [&](ChainResult::Problem problem, const QString &text) {
        if (first == ChainResult::Problem::None)
            first = problem;
        problems << text;
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Certificate &subject = path.at(i);
        const Certificate &issuer = path.at(qMin(i + 1, path.size() - 1));
        // A certificate's signature does not change: each link is checked once a run.
        const QString link = subject.sha256() + issuer.sha256();
        std::optional<bool> known;
        {
            const QMutexLocker lock(&m_linkMutex);
            if (const auto found = m_checkedLinks.constFind(link); found != m_checkedLinks.constEnd())
                known = *found;
        }
        if (!known) {
            const auto key = Dstu4145Key::ofCertificate(issuer.der());
            if (!key) {
                fault(ChainResult::Problem::UnsupportedAlgorithm,
                      tr("The signature on \"%1\" uses %2, which this version of Kopii cannot check yet.")
                          .arg(subject.info().holderName(), subject.info().signatureAlgorithm));
            } else {
                known = bool((*key)->verifyCertificate(subject.der()));
                const QMutexLocker lock(&m_linkMutex);
                if (m_checkedLinks.size() >= 4096)
                    m_checkedLinks.clear();
                m_checkedLinks.insert(link, *known);
            }
        }
        if (known && !*known)
            fault(ChainResult::Problem::BadSignature,
                  tr("The issuer's signature on \"%1\" does not verify.").arg(subject.info().holderName()));
        if (i > 0 && !subject.info().isCa)
            fault(ChainResult::Problem::NotCa, tr("\"%1\" is not allowed to issue certificates.").arg(subject.info().holderName()));
        if (!subject.info().isValidAt(time)) {
            const bool early = time < subject.info().notBefore;
            fault(early ? ChainResult::Problem::NotYetValid : ChainResult::Problem::Expired,
                  early ? tr("The certificate \"%1\" is valid only from %2 (checked at %3).")
                              .arg(subject.info().holderName(),
                                   subject.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")), at)
                        : tr("The certificate \"%1\" expired on %2 (checked at %3).")
                              .arg(subject.info().holderName(),
                                   subject.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")), at));
        }
    }
    result.path = path;
    result.problem = first;
    result.problems = problems;
    result.reason = problems.value(0);
    result.trusted = first == ChainResult::Problem::None;
    checkPathRevocation(result, time);
    return result;
}

ChainResult TrustStore::buildChain(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const
{
    ChainResult result;
    if (leaf.isNull()) {
        result.problem = ChainResult::Problem::Other;
        result.reason = tr("There is no certificate to check.");
        result.problems << result.reason;
        return result;
    }
    // A certificate signed with DSTU 4145 (OpenSSL reads it, but cannot check its signature): the
    // path by names and key identifiers, checked by Kopii's own code when it reaches a trusted root.
    {
        const X509_ALGOR *signature = nullptr;
        X509_get0_signature(nullptr, &signature, leaf.x509());
        const ASN1_OBJECT *algorithm = nullptr;
        if (signature)
            X509_ALGOR_get0(&algorithm, nullptr, nullptr, signature);
        if (algorithm && national::hashOfSignatureAlgorithm(ossl::oidText(algorithm))) {
            QString undecodable;
            const QList<Certificate> path = pathByNames(leaf, extra, time, &undecodable);
            if (anchoredAtRoot(path))
                return nationalChain(path, time);
        }
    }
    ossl::X509Store store(X509_STORE_new());
    ossl::X509Stack untrusted(sk_X509_new_null());
    for (const auto &t : m_certificates) {
        if (!t.usableAt(time))
            continue;
        if (t.anchor)
            X509_STORE_add_cert(store.get(), t.certificate.x509());
        else if (X509_up_ref(t.certificate.x509()))
            sk_X509_push(untrusted.get(), t.certificate.x509());
    }
    for (const Certificate &c : extra) {
        if (!c.isNull() && X509_up_ref(c.x509()))
            sk_X509_push(untrusted.get(), c.x509());
    }
    // Revocation is Kopii's own check below (crlEvidence), the same for every algorithm: OpenSSL
    // would take any CRL current at the time, also an older one that misses a later revocation.
    ossl::X509StoreCtx ctx(X509_STORE_CTX_new());
    VerifyState state;
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.x509(), untrusted.get());
    X509_STORE_CTX_set_app_data(ctx.get(), &state);
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(time.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    ossl::clearErrors();

    if (STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            // The certificates met on the way are mostly known already: no need to read them again.
            X509 *x = sk_X509_value(chain, i);
            const Certificate *known = x == leaf.x509() ? &leaf : nullptr;
            for (const auto &t : m_certificates)
                if (!known && t.certificate.x509() == x)
                    known = &t.certificate;
            for (const Certificate &c : extra)
                if (!known && c.x509() == x)
                    known = &c;
            result.path << (known ? *known : Certificate::fromX509(x));
        }
    }
    if (result.path.isEmpty())
        result.path << leaf;
    auto nameAt = [&](int depth) {
        return depth >= 0 && depth < result.path.size() ? result.path.at(depth).info().holderName() : leaf.info().holderName();
    };
    const QString at = time.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    for (const auto &[error, depth] : std::as_const(state.errors)) {
        ChainResult::Problem problem = ChainResult::Problem::Other;
        QString text;
        const Certificate subject = depth >= 0 && depth < result.path.size() ? result.path.at(depth) : leaf;
        switch (error) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            problem = ChainResult::Problem::NoIssuer;
            text = tr("The certificate of the issuer \"%1\" is not in the trust store. Import the CA "
                      "certificates of this trust service provider (e.g. CACertificates.p7b).")
                       .arg(subject.info().issuerCommonName);
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            problem = ChainResult::Problem::UntrustedRoot;
            text = tr("The chain ends at \"%1\", a root that is not trusted.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
            problem = ChainResult::Problem::Expired;
            text = tr("The certificate \"%1\" expired on %2 (checked at %3).")
                       .arg(nameAt(depth), subject.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")), at);
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            problem = ChainResult::Problem::NotYetValid;
            text = tr("The certificate \"%1\" is valid only from %2 (checked at %3).")
                       .arg(nameAt(depth), subject.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")), at);
            break;
        case X509_V_ERR_CERT_REVOKED:
            problem = ChainResult::Problem::Revoked;
            if (depth == 0) {
                for (const auto &crl : m_parsedCrls) {
                    X509_REVOKED *entry = nullptr;
                    if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(leaf.x509())) == 0
                        && X509_CRL_get0_by_cert(crl.get(), &entry, leaf.x509()) == 1 && entry)
                        result.leafRevokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
                }
            }
            text = tr("The certificate \"%1\" has been revoked by its issuer.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        case X509_V_ERR_CRL_SIGNATURE_FAILURE:
            problem = ChainResult::Problem::BadSignature;
            text = tr("The issuer's signature on \"%1\" does not verify.").arg(nameAt(depth));
            break;
        case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        case X509_V_ERR_UNSUPPORTED_SIGNATURE_ALGORITHM:
        case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
            problem = ChainResult::Problem::UnsupportedAlgorithm;
            text = tr("The signature on \"%1\" uses %2, which this version of Kopii cannot check yet.")
                       .arg(nameAt(depth), subject.info().signatureAlgorithm);
            break;
        case X509_V_ERR_INVALID_CA:
        case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
            problem = ChainResult::Problem::NotCa;
            text = tr("\"%1\" is not allowed to issue certificates.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CRL_HAS_EXPIRED:
        case X509_V_ERR_CRL_NOT_YET_VALID:
            // An out-of-date CRL does not prove anything either way.
            if (depth == 0)
                result.revocationChecked = false;
            continue;
        default:
            text = tr("\"%1\": %2.").arg(nameAt(depth), QString::fromUtf8(X509_verify_cert_error_string(error)));
            break;
        }
        if (result.problems.contains(text))
            continue;
        if (result.problem == ChainResult::Problem::None) {
            result.problem = problem;
            result.reason = text;
        }
        result.problems << text;
    }
    // OpenSSL does not even pair a certificate with an issuer whose key it cannot decode (a DSTU
    // chain that reaches no trusted root; other algorithms always). Follow names and key
    // identifiers to show how far the path goes, and say that its signatures could not be
    // checked: such a chain is never reported as trusted.
    if (result.problem == ChainResult::Problem::NoIssuer) {
        QString algorithm;
        const QList<Certificate> path = pathByNames(leaf, extra, time, &algorithm);
        const bool undecodable = !algorithm.isEmpty(), anchored = anchoredAtRoot(path);
        if (undecodable && path.size() > result.path.size()) {
            result.path = path;
            result.problem = ChainResult::Problem::UnsupportedAlgorithm;
            result.reason = anchored
                ? tr("The chain reaches the trusted root \"%1\", but its signatures use %2, which this version of Kopii "
                     "cannot check yet.").arg(path.last().info().holderName(), algorithm)
                : tr("The signatures on this chain use %1, which this version of Kopii cannot check yet.").arg(algorithm);
            result.problems = QStringList{result.reason};
            for (const Certificate &c : std::as_const(path)) {
                if (!c.info().isValidAt(time))
                    result.problems << tr("The certificate \"%1\" was not valid at %2 (valid %3 to %4).")
                                           .arg(c.info().holderName(), at,
                                                c.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")),
                                                c.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")));
            }
        }
    }
    // An out-of-date CRL proves nothing either way: it is not a fault of the chain.
    bool faults = false;
    for (const auto &[error, depth] : std::as_const(state.errors))
        faults = faults || (error != X509_V_ERR_CRL_HAS_EXPIRED && error != X509_V_ERR_CRL_NOT_YET_VALID);
    // A failed verification counts only when every error it reported was such a CRL; a failure
    // without any reported error (an internal one) is never taken as trusted.
    result.trusted = !faults && (verified == 1 || !state.errors.isEmpty());
    if (!result.trusted && result.problem == ChainResult::Problem::None) {
        result.problem = ChainResult::Problem::Other;
        result.reason = tr("The chain could not be built.");
        result.problems << result.reason;
    }
    checkPathRevocation(result, time);
    return result;
}

bool TrustStore::crlSignedBy(X509_CRL *crl, const Certificate &issuer) const
{
    const QPair<const X509_CRL *, QString> key{crl, issuer.sha256()};
    {
        const QMutexLocker lock(&m_linkMutex);
        if (const auto found = m_checkedCrls.constFind(key); found != m_checkedCrls.constEnd())
            return *found;
    }
    bool ok = false;
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer.x509())) == 0) {
        if (EVP_PKEY *publicKey = X509_get0_pubkey(issuer.x509()))
            ok = X509_CRL_verify(crl, publicKey) == 1;
        else if (const auto national = Dstu4145Key::ofCertificate(issuer.der()))
            ok = bool((*national)->verifyCertificate(crlDer(crl)));
    }
    ossl::clearErrors();
    const QMutexLocker lock(&m_linkMutex);
    if (m_checkedCrls.size() >= 4096)
        m_checkedCrls.clear();
    m_checkedCrls.insert(key, ok);
    return ok;
}

namespace {

ossl::Asn1IntegerPtr crlInteger(X509_CRL *crl, int nid)
{
    return ossl::Asn1IntegerPtr(static_cast<ASN1_INTEGER *>(X509_CRL_get_ext_d2i(crl, nid, nullptr, nullptr)));
}

// The reason code of a CRL entry, -1 when it gives none.
long entryReason(X509_REVOKED *entry)
{
    const ossl::Owned<ASN1_ENUMERATED, ASN1_ENUMERATED_free> reason(
        static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr)));
    return reason ? ASN1_ENUMERATED_get(reason.get()) : -1;
}

bool current(X509_CRL *crl, const QDateTime &time)
{
    const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl);
    return !next || time <= ossl::toDateTime(next);
}

} // namespace

CrlEvidence TrustStore::crlEvidence(const Certificate &subject, const Certificate &issuer, const QDateTime &time) const
{
    CrlEvidence evidence;
    if (subject.isNull() || issuer.isNull())
        return evidence;
    QList<X509_CRL *> usable; // the issuer's own, complete CRLs
    for (const auto &crl : m_parsedCrls)
        if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer.x509())) == 0
            && !ossl::crlIsPartial(crl.get()) && crlSignedBy(crl.get(), issuer))
            usable << crl.get();
    auto updated = [](X509_CRL *crl) { return ossl::toDateTime(X509_CRL_get0_lastUpdate(crl)); };
    auto isDelta = [](X509_CRL *crl) { return X509_CRL_get_ext_by_NID(crl, NID_delta_crl, -1) >= 0; };

    // The newest full CRL current at the time (also one made after it: it knows of every
    // revocation up to then), and the newest delta CRL that builds on it.
    X509_CRL *base = nullptr;
    for (X509_CRL *crl : std::as_const(usable))
        if (!isDelta(crl) && current(crl, time) && (!base || updated(crl) > updated(base)))
            base = crl;
    X509_CRL *delta = nullptr;
    if (base) {
        const ossl::Asn1IntegerPtr baseNumber = crlInteger(base, NID_crl_number);
        for (X509_CRL *crl : std::as_const(usable)) {
            if (!baseNumber || !isDelta(crl) || !current(crl, time) || updated(crl) < updated(base))
                continue;
            const ossl::Asn1IntegerPtr number = crlInteger(crl, NID_crl_number), builtOn = crlInteger(crl, NID_delta_crl);
            if (number && builtOn && ASN1_INTEGER_cmp(builtOn.get(), baseNumber.get()) <= 0
                && ASN1_INTEGER_cmp(number.get(), baseNumber.get()) > 0 && (!delta || updated(crl) > updated(delta)))
                delta = crl;
        }
    }
    ossl::clearErrors();

    // Listed? The delta CRL knows best (it may also take a certificate off hold), then the full
    // one, then any other of the issuer's CRLs for a revocation that cannot be undone.
    auto listed = [&](X509_CRL *crl, X509_REVOKED **entry) {
        *entry = nullptr;
        return X509_CRL_get0_by_cert(crl, entry, subject.x509()) == 1 && *entry;
    };
    X509_REVOKED *entry = nullptr;
    bool decided = false;
    if (delta && listed(delta, &entry)) {
        decided = true;
        if (entryReason(entry) != CRL_REASON_REMOVE_FROM_CRL) {
            evidence.state = CrlEvidence::State::Revoked;
            evidence.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
        }
    }
    if (!decided && base && listed(base, &entry)) {
        decided = true;
        evidence.state = CrlEvidence::State::Revoked;
        evidence.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
    }
    if (!decided) {
        for (X509_CRL *crl : std::as_const(usable)) {
            if (crl == base || crl == delta || !listed(crl, &entry) || entryReason(entry) == CRL_REASON_CERTIFICATE_HOLD
                || entryReason(entry) == CRL_REASON_REMOVE_FROM_CRL)
                continue;
            const QDateTime at = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
            if (evidence.state != CrlEvidence::State::Revoked || at < evidence.revokedAt) {
                evidence.state = CrlEvidence::State::Revoked;
                evidence.revokedAt = at;
            }
        }
    }
    ossl::clearErrors();
    if (base) {
        evidence.issuedAt = updated(delta ? delta : base);
        evidence.delta = delta != nullptr;
    }
    // A CRL proves only what its issuer knew when it was made: one made more than a week before
    // the time is not fresh enough to clear the certificate (OCSP is asked instead).
    if (evidence.state != CrlEvidence::State::Revoked && base && evidence.issuedAt >= time.addSecs(-kMaxCrlAgeSeconds))
        evidence.state = CrlEvidence::State::Good;
    return evidence;
}

void TrustStore::checkPathRevocation(ChainResult &result, const QDateTime &time) const
{
    result.revocationChecked = false;
    result.leafRevokedAt = {};
    for (qsizetype i = 0; i + 1 < result.path.size(); ++i) {
        const Certificate &subject = result.path.at(i), &issuer = result.path.at(i + 1);
        if (subject.isSelfIssued())
            break;
        const CrlEvidence evidence = crlEvidence(subject, issuer, time);
        if (i == 0)
            result.revocationChecked = evidence.state != CrlEvidence::State::None;
        if (evidence.state != CrlEvidence::State::Revoked)
            continue;
        if (i == 0)
            result.leafRevokedAt = evidence.revokedAt;
        const QString text = tr("The certificate \"%1\" has been revoked by its issuer.").arg(subject.info().holderName());
        if (result.problems.contains(text))
            continue;
        if (result.problem == ChainResult::Problem::None) {
            result.problem = ChainResult::Problem::Revoked;
            result.reason = text;
        }
        result.problems << text;
        result.trusted = false;
    }
}

} // namespace kopii
