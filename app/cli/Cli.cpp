#include "cli/Cli.h"
#include "core/OrganizationRules.h"

#include "demo/DemoWorkspace.h"
#include "core/DocumentKinds.h"
#include "core/DomainJson.h"
#include "core/Language.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "crypto/Signer.h"
#include "crypto/TrustStore.h"
#include "core/Validator.h"
#include "core/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kopii::cli {

namespace {

struct OptionSpec
{
    const char *name;
    const char *field; // Diia model field it sets
};

// Branch options and the fields they set.
constexpr OptionSpec kBranchOptions[] = {
    {"name", "name"},
    {"email", "email"},
    {"region", "region"},
    {"district", "district"},
    {"location", "location"},
    {"street", "street"},
    {"house", "house"},
    {"custom-full-name", "customFullName"},
    {"custom-full-address", "customFullAddress"},
    {"note", "note"},
};

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

} // namespace

Cli::Cli() : m_out(stdout), m_err(stderr) {}

Cli::~Cli()
{
    m_guard.reset();
    m_workspace.reset();
}

int Cli::usage(const QString &problem)
{
    m_err << QStringLiteral("kopii-cli: ") << problem << Qt::endl
          << tr("Run \"kopii-cli --help\" for the commands and their options.") << Qt::endl;
    return UsageError;
}

int Cli::refused(const Error &error)
{
    m_err << QStringLiteral("kopii-cli: ") << error.fullText() << Qt::endl;
    return Refused;
}

int Cli::printHelp(const QString &command)
{
    if (command == QLatin1String("demo")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli demo create [DIR]\n"
                    "\n"
                    "Makes a demo workspace in DIR (a new or empty folder; default: %1): a demo\n"
                    "certification authority made on this computer and the manager's key file, an organisation\n"
                    "with two branches and three services, and sample submissions in its drop folder for every\n"
                    "verdict. Everything in it is marked DEMO; only this workspace trusts its certificates.\n")
                     .arg(QDir::toNativeSeparators(DemoWorkspace::defaultPath()));
    } else if (command == QLatin1String("org")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli org show [--json]\n"
                    "  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]\n"
                    "\n"
                    "The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),\n"
                    "--rnokpp a sole proprietor (FOP, 10 digits). The first \"org set\" needs all three.\n");
    } else if (command == QLatin1String("branch")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli branch list [--json] [--search TEXT]\n"
                    "  kopii-cli branch show ID|NAME [--json]\n"
                    "  kopii-cli branch add --name NAME --email ADDRESS --region REGION --district DISTRICT\n"
                    "                       --location SETTLEMENT --street STREET --house HOUSE\n"
                    "                       [--custom-full-name NAME] [--custom-full-address ADDRESS] [--note TEXT]\n"
                    "  kopii-cli branch edit ID|NAME [any option of add]\n"
                    "  kopii-cli branch remove ID|NAME [--detach-services]\n"
                    "\n"
                    "Limits (Diia partner model): name 1-32 characters, e-mail 6-100, region 4-100,\n"
                    "district 4-100, settlement 2-100, street 4-100, house 1-20, custom full name 1-100,\n"
                    "custom full address 1-200. A branch that services use is only removed with\n"
                    "--detach-services, which takes it off those services.\n");
    } else if (command == QLatin1String("service")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli service list [--json]\n"
                    "  kopii-cli service show ID|NAME [--json]\n"
                    "  kopii-cli service add --name NAME --document CODE [--document CODE ...]\n"
                    "                        [--branch ID|NAME ...] [--return-link https://...]\n"
                    "  kopii-cli service edit ID|NAME [--name NAME] [--document CODE ...] [--branch ID|NAME ...]\n"
                    "                        [--no-branches] [--return-link URL]\n"
                    "  kopii-cli service remove ID|NAME\n"
                    "\n"
                    "--document and --branch may be repeated; on edit they replace the whole list.\n"
                    "Document codes: see \"kopii-cli document-kinds\".\n");
    } else if (command == QLatin1String("accession")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli accession sign KEY-OPTIONS\n"
                    "  kopii-cli accession show [--json]\n"
                    "  kopii-cli accession export DIR\n"
                    "\n"
                    "The application for accession to Diia.QR (\"Заява про приєднання\"): \"sign\" renders it as a\n"
                    "PDF from the workspace's organisation, branches and services, signs it with the manager's\n"
                    "key (CAdES-BES, detached) and keeps both in the workspace; \"show\" checks the kept\n"
                    "signature; \"export\" writes the PDF and its .p7s into DIR.\n");
    } else if (command == QLatin1String("qr")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli qr import --branch B --service S FILE|LINK\n"
                    "  kopii-cli qr issue --branch B --service S KEY-OPTIONS [--valid-days N] [--size A4|A5|A3]\n"
                    "                     [--ecc L|M|Q|H]\n"
                    "  kopii-cli qr verify FILE|TEXT [--json]\n"
                    "  kopii-cli qr list [--json]\n"
                    "  kopii-cli qr remove --branch B --service S\n"
                    "  kopii-cli qr decode FILE\n"
                    "\n"
                    "\"import\" keeps the code you downloaded from the Diia portal (\"Мій бізнес — Мої Дія.QR\")\n"
                    "for a service at a branch: a PNG or JPEG image, a PDF, an SVG, or the link itself.\n"
                    "Only Diia links (https://diia.app/acquirers/... or diia://...) are accepted.\n"
                    "\"issue\" signs a request for the service at the branch with the manager's key instead\n"
                    "(without the portal); its certificate is embedded when the code still fits the paper.\n"
                    "\"verify\" checks a signed code offline: exit 0 valid, 1 not valid, 2 unreadable.\n"
                    "\"decode\" prints the text of every QR code found in an image or PDF.\n");
    } else if (command == QLatin1String("verify")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli verify [--trust FILE|DIR]... [--offline] [--at TIME] [--json] FILE...\n"
                    "\n"
                    "Checks the signatures of documents: a .p7s (a detached one finds its .pdf by name), a .pdf\n"
                    "(finds its .p7s), or an .eml (every document in it). The workspace's trusted certificates\n"
                    "and CRLs are used, plus those given with --trust (for this run only). --at checks as of\n"
                    "another time (ISO 8601). --json prints one object per document per line.\n"
                    "Verdicts: valid, valid-with-warnings, not-qualified, invalid, indeterminate.\n"
                    "Exit codes: 0 every document valid; 1 otherwise; 2 usage error or unreadable input.\n");
    } else if (command == QLatin1String("mailbox")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli mailbox add --name N [--branch B] --host H [--port P] [--security tls|starttls|none]\n"
                    "                        --user U [--password-file F] [--folder F]\n"
                    "                        [--after-ingest keep|flag:KEYWORD|move:FOLDER] [--ca-file F | --pin-sha256 HEX]\n"
                    "  kopii-cli mailbox list [--json]\n"
                    "  kopii-cli mailbox test N [--password-file F]\n"
                    "  kopii-cli mailbox remove N\n"
                    "\n"
                    "Without --branch the mailbox is shared: its messages go to the branch whose e-mail they were\n"
                    "sent to. The password is read from the file (first line) and never stored by Kopii.\n"
                    "\"test\" connects, logs in and opens the folder; for a server whose certificate is not\n"
                    "trusted it shows the certificate's SHA-256 fingerprint to pin with --pin-sha256.\n");
    } else if (command == QLatin1String("poster")) {
        m_out << tr("Usage:\n"
                    "  kopii-cli poster --branch B --service S --out FILE.pdf|png|svg [options]\n"
                    "  kopii-cli poster --branch B --all --out FILE.pdf [options]\n"
                    "\n"
                    "Options:\n"
                    "  --size A4|A5|A3    paper size (default A4)\n"
                    "  --landscape        landscape instead of portrait\n"
                    "  --large-print      bigger type for visitors with poor sight\n"
                    "  --ecc L|M|Q|H      error correction of the code (default M; Q or H for posters that get worn)\n"
                    "  --dpi N            resolution of a PNG (default 300)\n");
    } else {
        m_out << tr("Usage: kopii-cli [--workspace DIR] [--lang uk|en] COMMAND ...\n"
                    "\n"
                    "Kopii receives citizens' document copies sent through Diia.QR. This program manages\n"
                    "the workspace from the command line.\n"
                    "\n"
                    "Commands:\n"
                    "  org show|set                     the organisation\n"
                    "  branch list|show|add|edit|remove the branches that receive copies\n"
                    "  service list|show|add|edit|remove the services and the documents they request\n"
                    "  document-kinds [--json]          the document kinds a service can request\n"
                    "  audit [list] [--limit N] [--json|--csv]  the log of changes and of who saw which document\n"
                    "  audit verify                     check that nobody altered the audit log\n"
                    "  login KEY-OPTIONS                check a KEP login: identity and role\n"
                    "  employee list|add|remove         who may log in, and their roles (manager)\n"
                    "  cert show FILE [--json]          what a certificate says, qualified, trusted\n"
                    "  token list [--pkcs11 MODULE]     tokens and their certificates\n"
                    "  trust list|import [--add-anchor SHA256] FILE...   the certificate authorities Kopii trusts\n"
                    "  trust tl-signer list|add CERT    who may sign the trusted list (manager)\n"
                    "  sign KEY-OPTIONS [--attached] IN OUT.p7s   a CAdES-BES signature\n"
                    "  accession sign|show|export       the signed application for accession to Diia.QR\n"
                    "  qr import|issue|verify|list|remove|decode   the QR code of each service at a branch\n"
                    "  poster --branch B (--service S | --all) --out FILE   print-ready posters\n"
                    "  ingest FILE.eml|DIR...           store received e-mails (and PDF/P7S files) as submissions\n"
                    "  verify [--trust F]... [--at TIME] [--json] FILE...   check signed documents (.p7s, .pdf, .eml)\n"
                    "  mailbox add|list|test|remove     the e-mail boxes Kopii watches\n"
                    "  watch [--once] [--mailbox N]... [--password-file F] [--drop-folder DIR]\n"
                    "                                   take in new copies from the mailboxes and the drop folder\n"
                    "  inbox list [--json]              the received submissions (clerk, manager)\n"
                    "  demo create [DIR]                a demo workspace to try everything, without a token\n"
                    "  help COMMAND                     the options of a command\n"
                    "\n"
                    "Options:\n"
                    "  --workspace DIR   the workspace folder (default: $KOPII_WORKSPACE, else %1)\n"
                    "  --lang uk|en      the language of messages (default: the system's)\n"
                    "  -h, --help        this help\n"
                    "  -v, --version     the version\n"
                    "\n"
                    "KEY-OPTIONS (also before the command, to log in for a change of a protected workspace):\n"
                    "  --pkcs12 FILE                    a key file (.p12, .pfx, .jks, Key-6.dat)\n"
                    "  --pkcs11 MODULE [--token LABEL] [--cert ID]   a token through its PKCS#11 module\n"
                    "  --pin-file FILE | --pin-fd N     where the PIN or password is read from (first line);\n"
                    "                                   without them it is asked for on the terminal\n"
                    "\n"
                    "Exit codes: 0 done; 1 refused (invalid input, not found, conflict, workspace unusable),\n"
                    "the reason on standard error; 2 usage error.\n")
                     .arg(Workspace::defaultPath());
    }
    m_out.flush();
    return Success;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString lang = QStringLiteral("system");
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString arg = args.takeFirst();
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (arg.startsWith(name + QLatin1Char('=')))
                return arg.mid(name.size() + 1);
            if (args.isEmpty())
                return std::nullopt;
            return args.takeFirst();
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            Language::install(lang);
            return printHelp();
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << QStringLiteral("kopii-cli %1").arg(QStringLiteral(KOPII_VERSION)) << Qt::endl;
            return Success;
        } else if (arg == QLatin1String("--workspace") || arg.startsWith(QLatin1String("--workspace="))) {
            const auto v = value(QStringLiteral("--workspace"));
            if (!v || v->isEmpty())
                return usage(tr("--workspace needs a folder"));
            m_workspaceOption = *v;
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            const auto v = value(QStringLiteral("--lang"));
            if (!v || !Language::choices().contains(*v))
                return usage(tr("--lang takes uk, en or system"));
            lang = *v;
        } else if (const int taken = takeGlobalCredential(arg, args); taken != 0) {
            if (taken < 0) {
                Language::install(lang);
                return usage(tr("%1 needs a value").arg(arg));
            }
        } else {
            Language::install(lang);
            return usage(tr("unknown option %1").arg(arg));
        }
    }
    Language::install(lang);

    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help"))
        return printHelp(args.value(0));
    if (command == QLatin1String("document-kinds"))
        return documentKinds(args);
    if (command == QLatin1String("audit"))
        return audit(args);
    if (command == QLatin1String("login"))
        return login(args);
    if (command == QLatin1String("sign"))
        return sign(args);
    if (command == QLatin1String("poster"))
        return poster(args);
    if (command == QLatin1String("ingest"))
        return ingest(args);
    if (command == QLatin1String("verify"))
        return verify(args);
    if (command == QLatin1String("watch"))
        return watch(args);
    if (command == QLatin1String("demo"))
        return demo(args);

    const QStringList known = {QStringLiteral("org"), QStringLiteral("branch"), QStringLiteral("service"),
                               QStringLiteral("cert"), QStringLiteral("token"), QStringLiteral("trust"),
                               QStringLiteral("employee"), QStringLiteral("accession"), QStringLiteral("qr"),
                               QStringLiteral("inbox"), QStringLiteral("mailbox")};
    if (!known.contains(command))
        return usage(tr("unknown command \"%1\"").arg(command));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return args.isEmpty() ? usage(tr("\"%1\" needs a subcommand").arg(command)) : printHelp(command);
    const QString sub = args.takeFirst();
    if (command == QLatin1String("org"))
        return org(sub, args);
    if (command == QLatin1String("branch"))
        return branch(sub, args);
    if (command == QLatin1String("cert"))
        return cert(sub, args);
    if (command == QLatin1String("token"))
        return token(sub, args);
    if (command == QLatin1String("trust"))
        return trust(sub, args);
    if (command == QLatin1String("employee"))
        return employee(sub, args);
    if (command == QLatin1String("accession"))
        return accession(sub, args);
    if (command == QLatin1String("qr"))
        return qr(sub, args);
    if (command == QLatin1String("inbox"))
        return inbox(sub, args);
    if (command == QLatin1String("mailbox"))
        return mailbox(sub, args);
    return service(sub, args);
}

bool Cli::openWorkspace()
{
    auto ws = Workspace::open(Workspace::resolvePath(m_workspaceOption));
    if (!ws) {
        refused(ws.error());
        return false;
    }
    m_workspace = std::move(ws).value();
    m_guard = std::make_unique<AccessGuard>(m_workspace->session(), QStringLiteral("cli"));
    if (m_credentials.any()) {
        const auto identity = loginWithCredentials();
        if (!identity) {
            refused(identity.error());
            return false;
        }
    }
    return true;
}

bool Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser.parse(QStringList{QStringLiteral("kopii-cli")} + args)) {
        usage(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(command.section(QLatin1Char(' '), 0, 0));
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional) {
        usage(tr("%1 needs the number or the name of a record").arg(command));
        return false;
    }
    if (n > maxPositional) {
        usage(tr("%1: unexpected argument \"%2\"").arg(command, parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

void Cli::printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    m_out << QString::fromUtf8(bytes);
    m_out.flush();
}

// ---- org ---------------------------------------------------------------------------------------

int Cli::org(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption edrpou(QStringLiteral("edrpou"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption rnokpp(QStringLiteral("rnokpp"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption head(QStringLiteral("head"), QString(), QStringLiteral("FULL-NAME"));

    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("org show"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto org = OrganizationRules(*m_guard).organization();
        if (!org)
            return refused(org.error());
        if (!org->has_value())
            return refused(Error{Error::Code::NotFound,
                                 tr("The workspace has no organisation yet. Create it with \"kopii-cli org set\"."),
                                 {}});
        const Organization &o = **org;
        if (parser.isSet(json)) {
            printJson(json::toJson(o));
            return Success;
        }
        const bool legal = o.kind == OrganizationKind::LegalEntity;
        m_out << tr("Organisation: %1").arg(o.name) << Qt::endl
              << (legal ? tr("Legal entity, EDRPOU %1").arg(o.code) : tr("Sole proprietor (FOP), RNOKPP %1").arg(o.code))
              << Qt::endl
              << tr("Head: %1").arg(o.headFullName) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("set")) {
        for (const auto &o : {name, edrpou, rnokpp, head})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("org set"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (parser.isSet(edrpou) && parser.isSet(rnokpp))
            return usage(tr("org set: give either --edrpou (legal entity) or --rnokpp (sole proprietor), not both"));
        if (!parser.isSet(name) && !parser.isSet(edrpou) && !parser.isSet(rnokpp) && !parser.isSet(head))
            return usage(tr("org set: nothing to change; give --name, --edrpou or --rnokpp, or --head"));
        if (!openWorkspace())
            return Refused;
        const auto existing = OrganizationRules(*m_guard).organization();
        if (!existing)
            return refused(existing.error());
        Organization o = existing->value_or(Organization{});
        if (!existing->has_value() && (!parser.isSet(name) || !(parser.isSet(edrpou) || parser.isSet(rnokpp))
                                       || !parser.isSet(head)))
            return refused(Error{Error::Code::Validation,
                                 tr("The workspace has no organisation yet: give --name, --edrpou or --rnokpp, and "
                                    "--head together."),
                                 {}});
        if (parser.isSet(name))
            o.name = parser.value(name);
        if (parser.isSet(edrpou)) {
            o.kind = OrganizationKind::LegalEntity;
            o.code = parser.value(edrpou);
        }
        if (parser.isSet(rnokpp)) {
            o.kind = OrganizationKind::SoleProprietor;
            o.code = parser.value(rnokpp);
        }
        if (parser.isSet(head))
            o.headFullName = parser.value(head);
        if (auto s = OrganizationRules(*m_guard).setOrganization(o); !s)
            return refused(s.error());
        m_out << tr("Organisation saved.") << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"org %1\"; use show or set").arg(sub));
}

// ---- branch ------------------------------------------------------------------------------------

void Cli::addBranchOptions(QCommandLineParser &parser)
{
    for (const auto &spec : kBranchOptions)
        parser.addOption(QCommandLineOption(QLatin1String(spec.name), QString(), QStringLiteral("VALUE")));
}

void Cli::applyBranchOptions(const QCommandLineParser &parser, Branch &b)
{
    for (const auto &spec : kBranchOptions)
        if (parser.isSet(QLatin1String(spec.name)))
            *branchField(b, QLatin1String(spec.field)) = parser.value(QLatin1String(spec.name));
}

int Cli::branch(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption detach(QStringLiteral("detach-services"));

    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        parser.addOption(search);
        if (!parse(parser, QStringLiteral("branch list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        auto list = OrganizationRules(*m_guard).branches();
        if (!list)
            return refused(list.error());
        QList<Branch> shown;
        const QString needle = parser.value(search).simplified();
        for (const auto &b : *list)
            if (needle.isEmpty() || b.name.contains(needle, Qt::CaseInsensitive)
                || b.email.contains(needle, Qt::CaseInsensitive)
                || b.displayAddress().contains(needle, Qt::CaseInsensitive))
                shown << b;
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &b : shown)
                array << json::toJson(b);
            printJson(array);
            return Success;
        }
        if (shown.isEmpty()) {
            m_out << (list->isEmpty() ? tr("No branches yet. Add one with \"kopii-cli branch add\".")
                                      : tr("No branch matches \"%1\".").arg(needle))
                  << Qt::endl;
            return Success;
        }
        m_out << pad(tr("No."), 5) << pad(tr("Name"), 34) << pad(tr("E-mail"), 32) << tr("Address") << Qt::endl;
        for (const auto &b : shown)
            m_out << pad(QString::number(b.id), 5) << pad(b.name, 34) << pad(b.email, 32) << b.displayAddress()
                  << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("branch show"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        if (parser.isSet(json)) {
            printJson(json::toJson(*b));
            return Success;
        }
        for (const QString &field : Validator::branchFields()) {
            Branch copy = *b;
            const QString value = *branchField(copy, field);
            if (!value.isEmpty())
                m_out << Validator::fieldLabel(QStringLiteral("branch"), field) << QStringLiteral(": ") << value
                      << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("add")) {
        addBranchOptions(parser);
        if (!parse(parser, QStringLiteral("branch add"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        Branch b;
        applyBranchOptions(parser, b);
        const auto id = OrganizationRules(*m_guard).addBranch(b);
        if (!id)
            return refused(id.error());
        m_out << tr("Branch %1 added.").arg(*id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("edit")) {
        addBranchOptions(parser);
        if (!parse(parser, QStringLiteral("branch edit"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        bool any = false;
        for (const auto &spec : kBranchOptions)
            any = any || parser.isSet(QLatin1String(spec.name));
        if (!any)
            return usage(tr("branch edit: nothing to change; give at least one field option"));
        if (!openWorkspace())
            return Refused;
        auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        Branch edited = *b;
        applyBranchOptions(parser, edited);
        if (auto s = OrganizationRules(*m_guard).editBranch(edited); !s)
            return refused(s.error());
        m_out << tr("Branch %1 saved.").arg(edited.id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        parser.addOption(detach);
        if (!parse(parser, QStringLiteral("branch remove"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        const auto policy = parser.isSet(detach) ? BranchRemoval::DetachFromServices : BranchRemoval::RefuseIfUsed;
        if (auto s = OrganizationRules(*m_guard).removeBranch(b->id, policy); !s) {
            Error e = s.error();
            if (e.code == Error::Code::Conflict)
                e.message += QLatin1Char('\n') + tr("To remove it anyway, add --detach-services.");
            return refused(e);
        }
        m_out << tr("Branch %1 removed.").arg(b->id) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"branch %1\"; use list, show, add, edit or remove").arg(sub));
}

// ---- service -----------------------------------------------------------------------------------

void Cli::addServiceOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("branch"), QString(), QStringLiteral("BRANCH")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-branches")));
    parser.addOption(QCommandLineOption(QStringLiteral("document"), QString(), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("return-link"), QString(), QStringLiteral("URL")));
}

Status Cli::applyServiceOptions(const QCommandLineParser &parser, Service &s)
{
    if (parser.isSet(QStringLiteral("name")))
        s.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("document")))
        s.documentKinds = parser.values(QStringLiteral("document"));
    if (parser.isSet(QStringLiteral("return-link")))
        s.returnLink = parser.value(QStringLiteral("return-link"));
    if (parser.isSet(QStringLiteral("no-branches")))
        s.branchIds.clear();
    if (parser.isSet(QStringLiteral("branch"))) {
        s.branchIds.clear();
        for (const QString &ref : parser.values(QStringLiteral("branch"))) {
            const auto b = OrganizationRules(*m_guard).findBranch(ref);
            if (!b)
                return b.error();
            s.branchIds << b->id;
        }
    }
    return {};
}

int Cli::service(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));

    if (sub == QLatin1String("list") || sub == QLatin1String("show")) {
        const bool show = sub == QLatin1String("show");
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("service %1").arg(sub), args, show ? 1 : 0, show ? 1 : 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto branches = OrganizationRules(*m_guard).branches();
        if (!branches)
            return refused(branches.error());
        QList<Service> list;
        if (show) {
            const auto s = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
            if (!s)
                return refused(s.error());
            list << *s;
        } else {
            const auto all = OrganizationRules(*m_guard).services();
            if (!all)
                return refused(all.error());
            list = *all;
        }
        if (parser.isSet(json)) {
            if (show) {
                printJson(json::toJson(list.first(), *branches));
            } else {
                QJsonArray array;
                for (const auto &s : list)
                    array << json::toJson(s, *branches);
                printJson(array);
            }
            return Success;
        }
        if (list.isEmpty()) {
            m_out << tr("No services yet. Add one with \"kopii-cli service add\".") << Qt::endl;
            return Success;
        }
        for (const auto &s : list) {
            QStringList branchNames, docNames;
            for (RecordId id : s.branchIds)
                for (const auto &b : *branches)
                    if (b.id == id)
                        branchNames << b.name;
            for (const auto &code : s.documentKinds) {
                const auto *kind = DocumentKindCatalog::instance().find(code);
                docNames << (kind ? kind->name() : code);
            }
            m_out << QStringLiteral("%1. %2").arg(s.id).arg(s.name) << Qt::endl
                  << QStringLiteral("    ") << tr("Branches: %1")
                         .arg(branchNames.isEmpty() ? tr("not offered at any branch yet")
                                                    : branchNames.join(QStringLiteral(", ")))
                  << Qt::endl
                  << QStringLiteral("    ") << tr("Documents: %1").arg(docNames.join(QStringLiteral("; ")))
                  << Qt::endl;
            if (!s.returnLink.isEmpty())
                m_out << QStringLiteral("    ") << tr("Return link: %1").arg(s.returnLink) << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        const bool edit = sub == QLatin1String("edit");
        addServiceOptions(parser);
        if (!parse(parser, QStringLiteral("service %1").arg(sub), args, edit ? 1 : 0, edit ? 1 : 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (parser.isSet(QStringLiteral("branch")) && parser.isSet(QStringLiteral("no-branches")))
            return usage(tr("service %1: --branch and --no-branches exclude each other").arg(sub));
        if (edit && parser.optionNames().isEmpty())
            return usage(tr("service edit: nothing to change; give at least one option"));
        if (!openWorkspace())
            return Refused;
        Service s;
        if (edit) {
            const auto existing = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
            if (!existing)
                return refused(existing.error());
            s = *existing;
        }
        if (auto a = applyServiceOptions(parser, s); !a)
            return refused(a.error());
        if (edit) {
            if (auto r = OrganizationRules(*m_guard).editService(s); !r)
                return refused(r.error());
            m_out << tr("Service %1 saved.").arg(s.id) << Qt::endl;
        } else {
            const auto id = OrganizationRules(*m_guard).addService(s);
            if (!id)
                return refused(id.error());
            m_out << tr("Service %1 added.").arg(*id) << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        if (!parse(parser, QStringLiteral("service remove"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto s = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
        if (!s)
            return refused(s.error());
        if (auto r = OrganizationRules(*m_guard).removeService(s->id); !r)
            return refused(r.error());
        m_out << tr("Service %1 removed.").arg(s->id) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"service %1\"; use list, show, add, edit or remove").arg(sub));
}

int Cli::audit(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption csv(QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(csv);
    parser.addOption(limit);
    if (!parse(parser, QStringLiteral("audit"), args, 0, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const QString sub = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (sub == QLatin1String("verify")) {
        if (!openWorkspace())
            return Refused;
        const auto check = m_guard->verifyAudit();
        if (!check)
            return refused(check.error());
        if (check->brokenAt == 0) {
            m_out << tr("The audit log is intact: %n entries, each sealed to the one before.", nullptr, int(check->entries))
                  << Qt::endl;
            return Success;
        }
        m_err << auditProblem(*check) << Qt::endl;
        return Refused;
    }
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"audit %1\"; use list or verify").arg(sub));
    if (parser.isSet(json) && parser.isSet(csv))
        return usage(tr("audit: give either --json or --csv, not both"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return usage(tr("audit: --limit takes a positive number"));
    if (!openWorkspace())
        return Refused;
    const auto log = m_guard->auditLog(n);
    if (!log)
        return refused(log.error());
    if (parser.isSet(csv)) {
        m_out << auditCsv(QList<AuditEntry>(log->crbegin(), log->crend()));
        m_out.flush();
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &e : *log)
            array << json::toJson(e);
        printJson(array);
        return Success;
    }
    for (const auto &e : *log)
        m_out << e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << QStringLiteral("  ")
              << pad(e.actor, 6) << pad(e.action, 24) << e.objectType << QLatin1Char(' ') << e.objectId << Qt::endl;
    return Success;
}

QString Cli::auditProblem(const AuditCheck &check)
{
    if (check.problem == QLatin1String("edited"))
        return tr("The audit log was altered: entry %1 is not what was written. Keep the workspace as it is and "
                  "compare it with a backup copy.").arg(check.brokenAt);
    if (check.problem == QLatin1String("missing-seal"))
        return tr("The audit log was altered: entry %1 was added outside Kopii. Keep the workspace as it is and "
                  "compare it with a backup copy.").arg(check.brokenAt);
    if (check.problem == QLatin1String("removed-before"))
        return tr("The audit log was altered: entries before %1 were removed. Keep the workspace as it is and "
                  "compare it with a backup copy.").arg(check.brokenAt);
    return tr("The audit log was altered: its newest entries, from %1 on, were removed. Keep the workspace as it "
              "is and compare it with a backup copy.").arg(check.brokenAt);
}

int Cli::demo(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("demo"), args, 1, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (parser.positionalArguments().first() != QLatin1String("create"))
        return usage(tr("unknown subcommand \"demo %1\"; use create").arg(parser.positionalArguments().first()));
    const QString folder = parser.positionalArguments().value(1, DemoWorkspace::defaultPath());
    const auto created = DemoWorkspace::create(folder);
    if (!created)
        return refused(created.error());
    m_out << tr("A demo workspace is ready in %1.").arg(QDir::toNativeSeparators(created->folder)) << Qt::endl
          << tr("The manager's demo key file: %1 (password: %2).").arg(QDir::toNativeSeparators(created->keyFile), created->password)
          << Qt::endl
          << tr("%n sample submission(s) wait in %1; Kopii takes them in when the manager logs in.", nullptr, created->samples)
                 .arg(QDir::toNativeSeparators(created->dropFolder))
          << Qt::endl
          << tr("Open it with: kopii --workspace %1").arg(QDir::toNativeSeparators(created->folder)) << Qt::endl;
    return Success;
}

int Cli::documentKinds(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("document-kinds"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const auto &kinds = DocumentKindCatalog::instance().kinds();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &k : kinds)
            array << QJsonObject{{QStringLiteral("code"), k.code},
                                 {QStringLiteral("nameUk"), k.nameUk},
                                 {QStringLiteral("nameEn"), k.nameEn},
                                 {QStringLiteral("descriptionUk"), k.descriptionUk},
                                 {QStringLiteral("descriptionEn"), k.descriptionEn}};
        printJson(array);
        return Success;
    }
    for (const auto &k : kinds)
        m_out << pad(k.code, 40) << k.name() << Qt::endl;
    return Success;
}

} // namespace kopii::cli
