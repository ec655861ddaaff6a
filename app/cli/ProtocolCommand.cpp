// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli protocol: the protocol at intake (see its usage in Commands.cpp, and docs/man/kopii-cli.1).
#include "cli/Command.h"

#include "core/AccessGuard.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include "crypto/Signer.h"
#include "records/IntakeProtocol.h"
#include "records/RecordFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kopii::cli {

class ProtocolCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    int intake(const QStringList &positional, const QString &sealCert);
    int exportRecord(RecordId id, const QString &folder);
};

int ProtocolCommand::intake(const QStringList &positional, const QString &sealCert)
{
    IntakeProtocol rules(*m_guard);
    if (!positional.isEmpty()) {
        const QString onOff = positional.first();
        if (onOff != QLatin1String("on") && onOff != QLatin1String("off"))
            return usage(tr("protocol intake takes on or off"));
        std::optional<QByteArray> der;
        if (!sealCert.isEmpty()) {
            QFile f(sealCert);
            if (!f.open(QIODevice::ReadOnly))
                return refused(
                    Error{Error::Code::NotFound, tr("Cannot read the certificate %1: %2.").arg(sealCert, f.errorString()), {}});
            der = f.readAll();
        }
        if (Status s = rules.setSetting(onOff == QLatin1String("on"), der); !s)
            return refused(s.error());
    }
    const auto setting = rules.setting();
    if (!setting)
        return refused(setting.error());
    if (!setting->on)
        m_out << tr("No protocol is kept at intake.") << Qt::endl;
    else
        m_out << tr("Each submission that arrives from %1 on gets its protocol when its signatures are checked.")
                     .arg(setting->since.toLocalTime().toString(Qt::ISODate))
              << Qt::endl
              << (setting->sealSha256.isEmpty()
                      ? tr("The protocols are kept unsealed: choose the key that seals them with --seal-cert FILE.")
                      : tr("They are sealed by %1's key (its certificate's SHA-256: %2).")
                            .arg(setting->sealHolder, setting->sealSha256))
              << Qt::endl;
    return Success;
}

int ProtocolCommand::exportRecord(RecordId id, const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return refused(Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(folder), {}});
    const auto record = IntakeProtocol(*m_guard).record(id);
    if (!record)
        return refused(record.error());
    // Never over an earlier file ("protocol-ID-intake (2).pdf"), whole or not at all, private.
    QList<QPair<QString, QByteArray>> suffixed = {{QStringLiteral(".pdf"), record->pdf}, {QStringLiteral(".xml"), record->xml}};
    if (!record->seal.isEmpty())
        suffixed.append({QStringLiteral(".pdf.p7s"), record->seal});
    QStringList extensions;
    for (const auto &f : suffixed)
        extensions << f.first;
    const QString stem = RecordFiles::unusedPath(folder, QStringLiteral("protocol-%1-intake").arg(id), extensions);
    QList<QPair<QString, QByteArray>> files;
    for (const auto &[suffix, bytes] : suffixed)
        files.append({stem + suffix, bytes});
    if (Status written = RecordFiles::write(files); !written)
        return refused(written.error());
    for (const auto &f : files)
        m_out << f.first << Qt::endl;
    m_out << (record->seal.isEmpty()
                  ? tr("Checked on %1; not sealed yet.").arg(record->checkedAt.toLocalTime().toString(Qt::ISODate))
                  : tr("Checked on %1; sealed by %2 on %3.")
                        .arg(record->checkedAt.toLocalTime().toString(Qt::ISODate), record->sealer,
                             record->sealedAt.toLocalTime().toString(Qt::ISODate)))
          << Qt::endl;
    return Success;
}

int ProtocolCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sealCert(QStringLiteral("seal-cert"), QString(), QStringLiteral("FILE"));
    int least = 0, most = 0;
    if (sub == QLatin1String("intake")) {
        parser.addOption(sealCert);
        most = 1;
    } else if (sub == QLatin1String("seal")) {
        addCredentialOptions(parser); // the sealing key, not a login
    } else if (sub == QLatin1String("export")) {
        least = most = 2;
    } else {
        return usage(tr("unknown subcommand \"protocol %1\"; use intake, seal or export").arg(sub));
    }
    if (!parse(parser, QStringLiteral("protocol ") + sub, args, least, most))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
    if (sub == QLatin1String("intake"))
        return intake(parser.positionalArguments(), parser.value(sealCert));
    if (sub == QLatin1String("export")) {
        bool ok = false;
        const RecordId id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("protocol export needs the number of a submission"));
        return exportRecord(id, parser.positionalArguments().at(1));
    }
    // seal: whoever holds the key the manager chose seals what is kept unsealed.
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!m_credentials.any())
        return usage(tr("protocol seal needs the sealing key: --pkcs12 FILE or --pkcs11 MODULE"));
    auto signer = openSigner();
    if (!signer)
        return refused(signer.error());
    const auto sealed =
        IntakeProtocol::sealPending(m_workspace->session(), **signer, m_guard->clock(), QStringLiteral("cli: seal"));
    if (!sealed)
        return refused(sealed.error());
    m_out << tr("Sealed %1 protocol(s) with %2.").arg(*sealed).arg((*signer)->certificate().info().holderName()) << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeProtocolCommand(Context &context)
{
    return std::make_unique<ProtocolCommand>(context);
}

} // namespace kopii::cli
