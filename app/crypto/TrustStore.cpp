// SPDX-License-Identifier: GPL-3.0-or-later
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

} // namespace

TrustStore::TrustStore(SqlSession &store, const Clock &clock) : m_session(store), m_clock(clock) {}

Status TrustStore::load()
{
    m_certificates.clear();
    m_crls.clear();
    const QDir bundled(QStringLiteral(":/kopii/trust"));
    for (const QFileInfo &fi :
         bundled.entryInfoList({QStringLiteral("*.cer"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
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
        m_soundPaths.clear();  // found among the certificates that were
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
                                                    const QStringList &confirmedAnchors, ImportReport *report,
                                                    bool forThisRun) const
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
        case XmlSignature::State::Unsupported: return refuse(signature.detail);
        case XmlSignature::State::Absent:
            return refuse(tr("it is not signed, so nothing shows that it is the ЦЗО's. Import the list as published "
                             "by the ЦЗО."));
        case XmlSignature::State::Valid: break;
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
        const qint64 known = [this] {
            const auto m = SettingsSql(m_session).meta(QLatin1String(kMetaTlSequence));
            return m ? m->toLongLong() : 0;
        }();
        if (list->sequenceNumber < known)
            return refuse(tr("it is an older list (number %1) than the one imported before (number %2).")
                              .arg(list->sequenceNumber)
                              .arg(known));
        parsed.tlSequence = list->sequenceNumber;
        parsed.tlIssued = list->issued;
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
                if (point.startsWith(QLatin1String("http"), Qt::CaseInsensitive)
                    && (service.isOcsp() || service.isTimestamping()))
                    addresses[service.provider] << (service.isOcsp() ? QStringLiteral("ocsp ") : QStringLiteral("tsp ")) + point;
        parsed.trustedList = true;
        for (const TrustedList::Service &service : list->services) {
            const bool ca = service.type.contains(QLatin1String("/Svctype/CA/"));
            for (const QByteArray &der : service.certificates) {
                const auto c = Certificate::fromDer(der);
                if (!c)
                    continue;
                TrustEntry e{
                    TrustEntry::Kind::Certificate, c->sha256(), c->der(), c->info().subjectLine, source, now, {}, {}, {}};
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
            if (!c.info().isCa && forThisRun) {
                TrustEntry e{TrustEntry::Kind::Certificate, c.sha256(), c.der(), c.info().subjectLine, source, now, {}, {}, {}};
                e.role = TrustEntry::Role::Helper;
                parsed.entries << e;
                report->notes << tr("\"%1\" is a personal certificate: it is used for this run only to find a signer's "
                                    "certificate that a signature does not carry, and is never trusted by itself.")
                                     .arg(c.info().holderName());
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
        parsed.entries << TrustEntry{
            TrustEntry::Kind::Crl, sha256Hex(der), der, tr("CRL of %1").arg(crlIssuer(crl.get())), source, now, {}, {}, {}};
    }
    return parsed;
}

Result<TrustStore::ImportReport> TrustStore::addForThisRun(const QByteArray &data, const QString &source,
                                                           const QStringList &confirmedAnchors)
{
    ImportReport report;
    const auto parsed = parseEntries(data, source, m_clock.now(), confirmedAnchors, &report, true);
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
            if (Status st = SettingsSql(m_session).setMeta(QLatin1String(kMetaTlSequence), QString::number(parsed->tlSequence));
                !st)
                return st;
            if (Status st =
                    SettingsSql(m_session).setMeta(QLatin1String(kMetaTlIssued), parsed->tlIssued.toUTC().toString(Qt::ISODate));
                !st)
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
    TrustEntry e{
        TrustEntry::Kind::Certificate, c.sha256(), c.der(), c.info().subjectLine, QStringLiteral("tl-signer"), now, {}, {}, {}};
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
            return Error{Error::Code::Conflict,
                         tr("\"%1\" comes with Kopii and cannot be removed.").arg(t.certificate.info().holderName()),
                         {}};
    }
    if (Status s = TrustSql(m_session).deleteTrustEntry(sha256); !s)
        return s;
    return load();
}

} // namespace kopii
